# os process calls without fork: spawn*, posix_spawn, wait*, and the argument checks of exec*,
# putenv and register_at_fork.
import os
import sys

sys.stdout.flush()
print('P_WAIT status', os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 3']))
print('spawnl', os.spawnl(os.P_WAIT, '/bin/sh', 'sh', '-c', 'exit 0'))
print('missing program', os.spawnv(os.P_WAIT, '/nonexistent/program', ['program']))
env = dict(os.environ, SPAWN_TEST='from-env')
sys.stdout.flush()
print('spawnvpe', os.spawnvpe(os.P_WAIT, 'sh', ['sh', '-c', 'test "$SPAWN_TEST" = from-env'], env))
print('spawnlpe', os.spawnlpe(os.P_WAIT, 'sh', 'sh', '-c', 'test "$SPAWN_TEST" = other', env))

pids = [os.spawnlp(os.P_NOWAIT, 'sh', 'sh', '-c', 'exit %d' % code) for code in (5, 6)]
pid, status = os.waitpid(pids[1], 0)
print('waitpid', pid == pids[1], os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
pid, status = os.wait()
print('wait', pid == pids[0], os.WEXITSTATUS(status))
for call, args in ((os.wait, ()), (os.waitpid, (-1, 0)), (os.waitpid, (pids[0], 0))):
    try:
        call(*args)
    except ChildProcessError as e:
        print(call.__name__, 'ChildProcessError', e.errno, e.strerror)

pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'exit 7'], os.environ)
info = os.waitid(os.P_PID, pid, os.WEXITED)
print('waitid', type(info).__name__, info.si_pid == pid, info.si_status, info.si_code == os.CLD_EXITED,
      info.si_signo)
pid = os.posix_spawnp('sh', ['sh', '-c', 'exit 9'], os.environ)
_, status = os.waitpid(pid, 0)
print('posix_spawnp', os.WIFSIGNALED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
pid = os.spawnlp(os.P_NOWAIT, 'sh', 'sh', '-c', 'exit 0')
print('WNOHANG then wait', os.waitpid(pid, 0)[0] == pid)
try:
    os.posix_spawn('/nonexistent/program', ['x'], os.environ)
except FileNotFoundError as e:
    print('posix_spawn', e.errno, e.filename)
try:
    os.posix_spawn('/bin/sh', ['sh'], None)
except TypeError as e:
    print('posix_spawn TypeError', e)

# exec*: argument errors (a successful exec would end this program)
for call, args in ((os.execv, ('/bin/true', [])), (os.execv, ('/bin/true', [''])),
                   (os.execve, ('/bin/true', [], {})), (os.execve, ('/bin/true', [''], {})),
                   (os.execv, ('/bin/true', 'abc')), (os.execl, ('/bin/true',))):
    try:
        call(*args)
    except (ValueError, TypeError) as e:
        print(call.__name__, type(e).__name__, e)
try:
    os.execv('/nonexistent/program', ['program'])
except FileNotFoundError as e:
    print('execv', e.errno, e.strerror, e.filename)

# environment of the C library
for name in ('', 'A=B'):
    try:
        os.putenv(name, 'x')
    except (ValueError, OSError) as e:
        print('putenv', repr(name), type(e).__name__, e)
    try:
        os.unsetenv(name)
    except (ValueError, OSError) as e:
        print('unsetenv', repr(name), type(e).__name__, e)
os.putenv('JPSYCO_TEST_VAR', 'set')
os.unsetenv('JPSYCO_TEST_VAR')
print('environb', os.environb == {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()},
      os.getenvb(b'NO_SUCH_VAR', b'dflt'))

try:
    os.register_at_fork()
except TypeError as e:
    print('register_at_fork', e)
try:
    os.register_at_fork(before=1)
except TypeError as e:
    print('register_at_fork', e)
os.register_at_fork(after_in_child=lambda: None)

# ids and scheduling facts that do not change the process
print('ids', os.getresuid()[0] == os.getuid(), os.getresgid()[1] == os.getegid(),
      isinstance(os.getgroups(), list), os.getgid() in os.getgrouplist('root', os.getgid()) or True)
print('priority', os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))
print('scheduler', os.sched_getscheduler(0) == os.SCHED_OTHER, os.sched_get_priority_max(os.SCHED_FIFO),
      os.sched_get_priority_min(os.SCHED_FIFO), os.sched_getparam(0))
os.sched_yield()
print('sched_param', os.sched_param(5), os.sched_param(sched_priority=3).sched_priority)
print('kill 0', os.kill(os.getpid(), 0))
for call, args in ((os.kill, (99999999, 0)), (os.killpg, (99999999, 0))):
    try:
        call(*args)
    except ProcessLookupError as e:
        print(call.__name__, 'ProcessLookupError', e.errno)
