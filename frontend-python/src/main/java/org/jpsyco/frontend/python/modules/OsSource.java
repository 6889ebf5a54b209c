package org.jpsyco.frontend.python.modules;

/**
 * The half of {@code os} written in Python over {@link OsFiles}' primitives: {@code stat_result},
 * {@code stat}/{@code lstat}, {@code scandir} and its {@code DirEntry}, {@code walk},
 * {@code fspath}/{@code fsencode}/{@code fsdecode} (UTF-8 with {@code surrogateescape}, as CPython
 * on Linux), {@code write}, {@code utime}, {@code os.path.islink}/{@code getmtime}/... .
 */
final class OsSource {
    private OsSource() {
    }

    static final String SOURCE = """
            import _structseq
            stat_result = _structseq.structseq('os', 'stat_result', (
                'st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                '_st_atime_int', '_st_mtime_int', '_st_ctime_int',
                'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns'), n_sequence=10)
            terminal_size = _structseq.structseq('os', 'terminal_size', ('columns', 'lines'))
            uname_result = _structseq.structseq('posix', 'uname_result',
                                                ('sysname', 'nodename', 'release', 'version', 'machine'))
            times_result = _structseq.structseq('posix', 'times_result',
                                                ('user', 'system', 'children_user', 'children_system', 'elapsed'))
            del _structseq

            def uname():
                return uname_result(_uname())

            def _stat_result(fields):
                *head, a, m, c = fields
                return stat_result(tuple(head) + (a // 10**9, m // 10**9, c // 10**9, a / 1e9, m / 1e9, c / 1e9,
                                                  a, m, c))

            def fspath(path):
                if isinstance(path, (str, bytes)):
                    return path
                try:
                    f = type(path).__fspath__
                except AttributeError:
                    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__) from None
                r = f(path)
                if not isinstance(r, (str, bytes)):
                    raise TypeError(f'expected {type(path).__name__}.__fspath__() to return str or bytes, '
                                    f'not {type(r).__name__}')
                return r

            class PathLike:
                def __fspath__(self):
                    raise NotImplementedError
                @classmethod
                def __subclasshook__(cls, C):
                    return hasattr(C, '__fspath__') or NotImplemented

            def fsencode(filename):
                filename = fspath(filename)
                return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename

            def fsdecode(filename):
                filename = fspath(filename)
                return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename

            def _name(path):
                path = fspath(path)
                return path.decode('utf-8', 'surrogateescape') if isinstance(path, bytes) else path

            def stat(path, *, dir_fd=None, follow_symlinks=True):
                return _stat_result(_stat(_name(path), follow_symlinks))

            def lstat(path, *, dir_fd=None):
                return _stat_result(_stat(_name(path), False))

            def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
                if ns is None:
                    if times is None:
                        import time
                        now = time.time_ns()
                        ns = (now, now)
                    else:
                        ns = (int(times[0] * 1e9), int(times[1] * 1e9))
                _utime(_name(path), ns[0], ns[1])

            class DirEntry:
                '''One entry of a directory listed by scandir: name, path and the cached file type.'''
                __slots__ = ('name', 'path', '_lstat', '_stat')

                def __init__(self, folder, name):
                    self.name = name
                    self.path = name if folder is None else path.join(folder, name)
                    self._lstat = None
                    self._stat = None

                def __repr__(self):
                    return f'<DirEntry {self.name!r}>'

                def __fspath__(self):
                    return self.path

                def inode(self):
                    return self.stat(follow_symlinks=False).st_ino

                def stat(self, *, follow_symlinks=True):
                    if not follow_symlinks:
                        if self._lstat is None:
                            self._lstat = lstat(self.path)
                        return self._lstat
                    if self._stat is None:
                        self._stat = stat(self.path)
                    return self._stat

                def _mode(self, follow):
                    try:
                        return self.stat(follow_symlinks=follow).st_mode
                    except FileNotFoundError:
                        return 0

                def is_dir(self, *, follow_symlinks=True):
                    return self._mode(follow_symlinks) & 0o170000 == 0o040000

                def is_file(self, *, follow_symlinks=True):
                    return self._mode(follow_symlinks) & 0o170000 == 0o100000

                def is_symlink(self):
                    return self._mode(False) & 0o170000 == 0o120000

            class _ScandirIterator:
                def __init__(self, folder):
                    names = listdir(folder if folder is not None else '.')
                    self._entries = iter([DirEntry(folder, n) for n in names])
                def __iter__(self):
                    return self
                def __next__(self):
                    return next(self._entries)
                def close(self):
                    self._entries = iter(())
                def __enter__(self):
                    return self
                def __exit__(self, *exc):
                    self.close()

            def scandir(path=None):
                return _ScandirIterator(None if path is None else _name(path))

            def walk(top, topdown=True, onerror=None, followlinks=False):
                top = fspath(top)
                stack = [top]
                while stack:
                    top = stack.pop()
                    if isinstance(top, tuple):
                        yield top
                        continue
                    dirs, nondirs, walk_dirs = [], [], []
                    try:
                        entries = list(scandir(top))
                    except OSError as error:
                        if onerror is not None:
                            onerror(error)
                        continue
                    for entry in entries:
                        is_dir = entry.is_dir()
                        (dirs if is_dir else nondirs).append(entry.name)
                        if not topdown and is_dir and (followlinks or not entry.is_symlink()):
                            walk_dirs.append(entry.path)
                    if topdown:
                        yield top, dirs, nondirs
                        for d in reversed(dirs):
                            new_path = path.join(top, d)
                            if followlinks or not path.islink(new_path):
                                stack.append(new_path)
                    else:
                        stack.append((top, dirs, nondirs))
                        for new_path in reversed(walk_dirs):
                            stack.append(new_path)

            def _path_stat(name, follow=True):
                try:
                    return _stat(_name(name), follow)
                except (OSError, ValueError):
                    return None

            def _islink(p):
                st = _path_stat(p, False)
                return st is not None and st[0] & 0o170000 == 0o120000

            def _lexists(p):
                return _path_stat(p, False) is not None

            def _getmtime(p):
                return stat(p).st_mtime

            def _getatime(p):
                return stat(p).st_atime

            def _getctime(p):
                return stat(p).st_ctime

            def _normcase(s):
                return fspath(s)

            def _samefile(a, b):
                x, y = stat(a), stat(b)
                return x.st_ino == y.st_ino and x.st_dev == y.st_dev

            def _expanduser(p):
                p = fspath(p)
                if not p.startswith('~'):
                    return p
                end = p.find('/', 1)
                if end < 0:
                    end = len(p)
                if end != 1 or 'HOME' not in environ:
                    # ~user needs the password database, which this runtime does not read
                    return p
                home = environ['HOME'].rstrip('/')
                return (home + p[end:]) or '/'

            def _expandvars(p):
                p = fspath(p)
                if '$' not in p:
                    return p
                out = []
                i, n = 0, len(p)
                while i < n:
                    c = p[i]
                    if c != '$':
                        out.append(c)
                        i += 1
                        continue
                    braced = i + 1 < n and p[i + 1] == '{'
                    j = i + 2 if braced else i + 1
                    k = j
                    while k < n and (p[k].isalnum() or p[k] == '_') and p[k].isascii():
                        k += 1
                    name = p[j:k]
                    if braced and (k >= n or p[k] != '}'):
                        name = ''
                    if name and name in environ:
                        out.append(environ[name])
                        i = k + 1 if braced else k
                    elif name:
                        end = k + 1 if braced else k
                        out.append(p[i:end])
                        i = end
                    else:
                        out.append(c)
                        i += 1
                return ''.join(out)

            def _splitdrive(p):
                p = fspath(p)
                return p[:0], p

            def _commonpath(paths):
                paths = [fspath(x) for x in paths]
                if not paths:
                    raise ValueError('commonpath() arg is an empty sequence')
                absolute = {x.startswith('/') for x in paths}
                if len(absolute) > 1:
                    raise ValueError("Can't mix absolute and relative paths")
                parts = [[c for c in x.split('/') if c and c != '.'] for x in paths]
                first, last = min(parts), max(parts)
                common = first
                for i, c in enumerate(first):
                    if c != last[i]:
                        common = first[:i]
                        break
                return ('/' if absolute.pop() else '') + '/'.join(common)

            def _ismount(p):
                p = fspath(p)
                try:
                    s1 = lstat(p)
                except (OSError, ValueError):
                    return False
                if _islink(p):
                    return False
                try:
                    s2 = lstat(path.join(p, '..'))
                except (OSError, ValueError):
                    return False
                return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino

            def _samestat(s1, s2):
                return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev

            path.expanduser = _expanduser
            path.expandvars = _expandvars
            path.splitdrive = _splitdrive
            path.commonpath = _commonpath
            path.ismount = _ismount
            path.samestat = _samestat
            path.islink = _islink
            path.lexists = _lexists
            path.getmtime = _getmtime
            path.getatime = _getatime
            path.getctime = _getctime
            path.samefile = _samefile
            path.normcase = _normcase
            for _f in (_islink, _lexists, _getmtime, _getatime, _getctime, _samefile, _normcase, _expanduser,
                       _expandvars, _splitdrive, _commonpath, _ismount, _samestat):
                _f.__name__ = _f.__name__[1:]
                _f.__qualname__ = _f.__name__
                _f.__module__ = 'posixpath'
            del _f
            pathsep = ':'
            defpath = '/bin:/usr/bin'
            extsep = '.'
            altsep = None
            devnull = '/dev/null'
            path.pathsep, path.defpath, path.extsep, path.altsep, path.devnull = pathsep, defpath, extsep, altsep, devnull
            path.supports_unicode_filenames = False
            SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
            error = OSError
            (EX_OK, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST, EX_UNAVAILABLE, EX_SOFTWARE, EX_OSERR,
             EX_OSFILE, EX_CANTCREAT, EX_IOERR, EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM, EX_CONFIG) = (
                0, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78)
            WNOHANG, WUNTRACED, WCONTINUED, WEXITED, WSTOPPED, WNOWAIT = 1, 2, 8, 4, 2, 0x1000000
            P_PID, P_PGID, P_ALL, P_PIDFD = 1, 2, 0, 3
            P_WAIT, P_NOWAIT, P_NOWAITO = 0, 1, 1

            def WIFEXITED(status):
                return status & 0x7f == 0

            def WEXITSTATUS(status):
                return (status >> 8) & 0xff

            def WIFSIGNALED(status):
                low = ((status & 0x7f) + 1) & 0xff  # a signed char in C's macro
                return (low - 256 if low >= 128 else low) >> 1 > 0

            def WTERMSIG(status):
                return status & 0x7f

            def WIFSTOPPED(status):
                return status & 0xff == 0x7f

            def WSTOPSIG(status):
                return (status >> 8) & 0xff

            def WIFCONTINUED(status):
                return status == 0xffff

            def WCOREDUMP(status):
                return bool(status & 0x80)

            def waitstatus_to_exitcode(status):
                if WIFEXITED(status):
                    return WEXITSTATUS(status)
                if WIFSIGNALED(status):
                    return -WTERMSIG(status)
                if WIFSTOPPED(status):
                    raise ValueError('process stopped by delivery of signal %d' % WSTOPSIG(status))
                raise ValueError('invalid wait status: %d' % status)

            def cpu_count():
                n = _sysconf(84)  # _SC_NPROCESSORS_ONLN
                return n if n > 0 else None

            def times():
                return times_result(_times())

            def get_terminal_size(fd=1, /):
                size = _terminal_size(fd)
                if isinstance(size, int):
                    raise OSError(size, strerror(size))
                return terminal_size(size)

            def device_encoding(fd):
                return 'utf-8' if isatty(fd) else None

            def getcwdb():
                return fsencode(getcwd())

            def getrandom(size, flags=0):
                return urandom(size)

            def get_exec_path(env=None):
                if env is None:
                    env = environ
                value = env.get('PATH')
                if value is None:
                    value = defpath
                return value.split(pathsep)

            def removedirs(name):
                rmdir(name)
                head, tail = path.split(name)
                if not tail:
                    head, tail = path.split(head)
                while head and tail:
                    try:
                        rmdir(head)
                    except OSError:
                        break
                    head, tail = path.split(head)

            def renames(old, new):
                head, tail = path.split(new)
                if head and tail and not path.exists(head):
                    makedirs(head)
                rename(old, new)
                head, tail = path.split(old)
                if head and tail:
                    try:
                        removedirs(head)
                    except OSError:
                        pass

            def system(command):
                import subprocess
                return subprocess.call(command, shell=True) << 8

            class _wrap_close:
                def __init__(self, stream, proc):
                    self._stream = stream
                    self._proc = proc

                def close(self):
                    self._stream.close()
                    returncode = self._proc.wait()
                    return None if returncode == 0 else returncode << 8

                def __enter__(self):
                    return self

                def __exit__(self, *args):
                    self.close()

                def __getattr__(self, name):
                    return getattr(self._stream, name)

                def __iter__(self):
                    return iter(self._stream)

            def popen(cmd, mode='r', buffering=-1):
                if not isinstance(cmd, str):
                    raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))
                if mode not in ('r', 'w'):
                    raise ValueError('invalid mode %r' % mode)
                if buffering == 0 or buffering is None:
                    raise ValueError('popen() does not support unbuffered streams')
                import subprocess
                if mode == 'r':
                    proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
                    return _wrap_close(proc.stdout, proc)
                proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
                return _wrap_close(proc.stdin, proc)
            """;
}
