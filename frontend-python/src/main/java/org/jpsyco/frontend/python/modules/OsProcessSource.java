package org.jpsyco.frontend.python.modules;

/**
 * The process calls of {@code os} that CPython builds on {@code fork}, on the JVM: a JVM cannot
 * fork (the child would hold only the calling thread of a multi-threaded runtime), so
 * {@code fork} and {@code forkpty} are absent, as on CPython's platforms without them. The
 * {@code spawn*} family and {@code posix_spawn} start children through {@code subprocess}; the
 * {@code wait*} calls wait for those children (the JVM reaps every child itself, so the kernel's
 * wait calls would never see them); the {@code exec*} family runs the new program as a child
 * with this process's standard streams and then ends this process with its status, without
 * cleanup, which is what the caller of exec observes.
 */
final class OsProcessSource {
    private OsProcessSource() {
    }

    static final String SOURCE = """
            import _structseq
            waitid_result = _structseq.structseq('posix', 'waitid_result',
                                                 ('si_pid', 'si_uid', 'si_signo', 'si_status', 'si_code'))
            del _structseq
            _children = {}


            def _argv(name, args, arg='arg 2'):
                if not isinstance(args, (tuple, list)):
                    raise TypeError('%s() %s must be a tuple or list' % (name, arg))
                args = [fsdecode(a) for a in args]
                return args


            def _start(file, args, env, search):
                import subprocess
                file = fsdecode(file)
                if env is not None:
                    env = {fsdecode(k): fsdecode(v) for k, v in env.items()}
                if search and '/' not in file:
                    return subprocess.Popen([file] + args[1:], env=env)
                return subprocess.Popen(args, executable=file, env=env)


            def _spawn(mode, file, args, env, search, name):
                args = _argv(name, args)
                if mode == P_WAIT:
                    try:
                        proc = _start(file, args, env, search)
                    except OSError:
                        return 127
                    return proc.wait()
                proc = _start(file, args, env, search)
                _children[proc.pid] = proc
                return proc.pid


            def spawnv(mode, file, args):
                return _spawn(mode, file, args, None, False, 'spawnv')


            def spawnve(mode, file, args, env):
                return _spawn(mode, file, args, env, False, 'spawnve')


            def spawnvp(mode, file, args):
                return _spawn(mode, file, args, None, True, 'spawnvp')


            def spawnvpe(mode, file, args, env):
                return _spawn(mode, file, args, env, True, 'spawnvpe')


            def spawnl(mode, file, *args):
                return spawnv(mode, file, args)


            def spawnle(mode, file, *args):
                return spawnve(mode, file, args[:-1], args[-1])


            def spawnlp(mode, file, *args):
                return spawnvp(mode, file, args)


            def spawnlpe(mode, file, *args):
                return spawnvpe(mode, file, args[:-1], args[-1])


            def _posix_spawn(path, argv, env, search, name, options):
                if any(v not in (None, False, (), -1) for v in options.values()):
                    raise OSError(38, 'Function not implemented')
                args = _argv(name, argv, 'argv')
                if not isinstance(env, dict) and not hasattr(env, 'keys'):
                    raise TypeError('%s: environment must be a mapping object' % name)
                try:
                    proc = _start(path, args, env, search)
                except OSError as e:
                    raise OSError(e.errno, e.strerror, fspath(path)) from None
                _children[proc.pid] = proc
                return proc.pid


            def posix_spawn(path, argv, env, *, file_actions=None, setpgroup=None, resetids=False, setsid=False,
                            setsigmask=(), setsigdef=(), scheduler=None):
                return _posix_spawn(path, argv, env, False, 'posix_spawn', dict(
                    file_actions=file_actions, setpgroup=setpgroup, resetids=resetids, setsid=setsid,
                    setsigmask=setsigmask, setsigdef=setsigdef, scheduler=scheduler))


            def posix_spawnp(path, argv, env, *, file_actions=None, setpgroup=None, resetids=False, setsid=False,
                             setsigmask=(), setsigdef=(), scheduler=None):
                return _posix_spawn(path, argv, env, True, 'posix_spawnp', dict(
                    file_actions=file_actions, setpgroup=setpgroup, resetids=resetids, setsid=setsid,
                    setsigmask=setsigmask, setsigdef=setsigdef, scheduler=scheduler))


            def _status(returncode):
                return returncode << 8 if returncode >= 0 else -returncode


            def _reap(pid, options):
                if pid > 0:
                    proc = _children.get(pid)
                    if proc is None:
                        raise ChildProcessError(10, 'No child processes')
                    candidates = [proc]
                else:
                    if not _children:
                        raise ChildProcessError(10, 'No child processes')
                    candidates = list(_children.values())
                while True:
                    for proc in candidates:
                        if proc.poll() is not None:
                            del _children[proc.pid]
                            return proc
                    if options & WNOHANG:
                        return None
                    if len(candidates) == 1:
                        candidates[0].wait()
                    else:
                        import time
                        time.sleep(0.005)


            def waitpid(pid, options, /):
                proc = _reap(pid, options)
                return (0, 0) if proc is None else (proc.pid, _status(proc.returncode))


            def wait():
                return waitpid(-1, 0)


            def waitid(idtype, id, options, /):
                proc = _reap(id if idtype == P_PID else -1, options)
                if proc is None:
                    return None
                rc = proc.returncode
                return waitid_result((proc.pid, getuid(), 17, rc if rc >= 0 else -rc, 1 if rc >= 0 else 2))


            def _exec(file, args, env, search, name):
                if not isinstance(args, (tuple, list)):
                    raise TypeError('%s() arg 2 must be a tuple or list' % name)
                if not args:
                    raise ValueError('execve: argv must not be empty' if env is not None
                                     else '%s() arg 2 must not be empty' % name)
                args = [fsdecode(a) for a in args]
                if not args[0]:
                    raise ValueError('execve: argv first element cannot be empty' if env is not None
                                     else '%s() arg 2 first element cannot be empty' % name)
                try:
                    proc = _start(file, args, env, search)
                except OSError as e:
                    raise OSError(e.errno, e.strerror) from None
                rc = proc.wait()
                _exit(rc if rc >= 0 else 128 - rc)


            def execv(path, argv, /):
                _exec(path, argv, None, False, 'execv')


            def execve(path, argv, env):
                _exec(path, argv, env, False, 'execve')


            def execvp(file, args):
                _exec(file, args, None, True, 'execv')


            def execvpe(file, args, env):
                _exec(file, args, env, True, 'execve')


            def execl(file, *args):
                execv(file, args)


            def execle(file, *args):
                execve(file, args[:-1], args[-1])


            def execlp(file, *args):
                execvp(file, args)


            def execlpe(file, *args):
                execvpe(file, args[:-1], args[-1])
            """;
}
