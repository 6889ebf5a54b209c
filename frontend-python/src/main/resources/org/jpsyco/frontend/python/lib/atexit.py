"""Functions to call when the interpreter exits normally, after an uncaught exception, or
through sys.exit: the last registered runs first. os._exit skips them."""

import sys

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Registers func(*args, **kwargs) to run at exit; returns func (usable as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Removes every registration of func; nothing happens when it was not registered."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Calls the registered functions, newest first; an exception in one is reported on
    stderr and the others still run. The runtime calls this once at exit."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                import traceback
                sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
                traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
            except BaseException:
                pass
    try:
        sys.stdout.flush()
    except BaseException:
        pass
