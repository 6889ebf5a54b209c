# sys: audit hooks, call_tracing, async generator hooks, dlopen flags, coroutine origin tracking,
# thread_info, stdlib_module_names and unraisablehook.
import sys

events = []


def hook(event, args):
    if event.startswith('app.'):
        events.append((event, args))


sys.addaudithook(hook)
sys.audit('app.start', 1, 'two', [3])
sys.audit('app.empty')
sys.audit('other.event', 'ignored by the hook')
print(events)
try:
    sys.audit(42)
except TypeError as e:
    print('audit', e)


def failing_hook(event, args):
    if event == 'app.fail':
        raise RuntimeError('hook refused ' + event)


sys.addaudithook(failing_hook)
try:
    sys.audit('app.fail', 'x')
except RuntimeError as e:
    print('hook raised:', e)

print('call_tracing', sys.call_tracing(divmod, (17, 5)), sys.call_tracing(max, (3, 9, 4)))
for args in ((len,), (len, [1])):
    try:
        sys.call_tracing(*args)
    except TypeError as e:
        print('call_tracing', e)

hooks = sys.get_asyncgen_hooks()
print(hooks, type(hooks).__name__, hooks.firstiter, hooks[1], len(hooks))
sys.set_asyncgen_hooks(firstiter=print)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(finalizer=repr)
print(sys.get_asyncgen_hooks().finalizer is repr, sys.get_asyncgen_hooks().firstiter is print)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for bad in ({'firstiter': 1}, {'finalizer': 'x'}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print('set_asyncgen_hooks', e)

print('dlopenflags', sys.getdlopenflags())
sys.setdlopenflags(0x101)
print('dlopenflags', sys.getdlopenflags())
try:
    sys.setdlopenflags('now')
except TypeError as e:
    print('setdlopenflags', e)

print('origin depth', sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(5)
print('origin depth', sys.get_coroutine_origin_tracking_depth())
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print('set_coroutine_origin_tracking_depth', e)
sys.set_coroutine_origin_tracking_depth(0)

print('thread_info', sys.thread_info.name, sys.thread_info.lock, type(sys.thread_info).__name__, len(sys.thread_info))
names = sys.stdlib_module_names
print('stdlib names', type(names).__name__, all(n in names for n in ('os', 'sys', 'json', 're', 'asyncio')),
      'numpy' in names, 'jpsyco' in names)
print('allocated blocks is an int', isinstance(sys.getallocatedblocks(), int))
print('unraisablehook', sys.unraisablehook is sys.__unraisablehook__, callable(sys.unraisablehook))
