"""Running child processes: run, call, check_call, check_output, getoutput and Popen.

The processes are started by the JVM (ProcessBuilder); their standard streams may be
inherited, pipes (PIPE), /dev/null (DEVNULL), a file, or for stderr the stdout pipe (STDOUT).
"""

import os
import sys
import time
import _jpsyco_process

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised by check_call, check_output and run(check=True) for a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except (ValueError, ImportError):
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when a child does not finish within the timeout given."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" % (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """What run() returns: args, returncode and the captured stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _translate_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _PipeReader:
    """The parent's end of a child's stdout or stderr pipe."""

    def __init__(self, proc, which, text, encoding, errors):
        self._proc = proc
        self._which = which
        self._text = text
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self.closed = False
        self.mode = 'r' if text else 'rb'

    def _decode(self, data):
        if not self._text:
            return data
        return _translate_newlines(data.decode(self._encoding, self._errors))

    def read(self, size=-1):
        if size is None:
            size = -1
        return self._decode(self._proc.read(self._which, size))

    def readline(self, size=-1):
        return self._decode(self._proc.readline(self._which))

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _PipeWriter:
    """The parent's end of a child's stdin pipe."""

    def __init__(self, proc, text, encoding, errors):
        self._proc = proc
        self._text = text
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self.closed = False
        self.mode = 'w' if text else 'wb'

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            self._proc.write(data.encode(self._encoding, self._errors))
        else:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            self._proc.write(bytes(data))
        return len(data)

    def writable(self):
        return True

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._proc.close_stdin()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _stream_spec(value, name):
    """How the JVM should connect one of the child's streams."""
    if value is None:
        return None if name == 'stdin' else 'inherit'
    if value == PIPE:
        return 'pipe'
    if value == DEVNULL:
        return 'devnull'
    if value == STDOUT:
        if name != 'stderr':
            raise ValueError("STDOUT can only be used for stderr")
        return 'stdout'
    if isinstance(value, int):
        if value == 1 and name != 'stdin':
            return 'inherit' if name == 'stdout' else 'stdout-fd'
        if value == 2 and name != 'stdin':
            return 'inherit'
        if value == 0 and name == 'stdin':
            return None
        raise OSError(9, "Bad file descriptor")
    if value is sys.__stdout__ or value is sys.__stderr__:
        value.flush()
        return 'inherit' if name != 'stdin' else None
    fileno = getattr(value, 'fileno', None)
    fname = getattr(value, 'name', None)
    if isinstance(fname, str) and name != 'stdin':
        value.flush()
        return ('file', os.path.abspath(fname), True)
    if isinstance(fname, str):
        return ('file', os.path.abspath(fname), False)
    if fileno is not None:
        fd = fileno()
        if fd in (1, 2) and name != 'stdin':
            value.flush()
            return 'inherit'
    raise ValueError("cannot redirect %s to %r" % (name, value))


class Popen:
    """A child process, started at once; see wait, poll, communicate and the pipes."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self._communication_started = False
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines '
                                  'are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
            args = [args]
        else:
            args = list(args)
        args = [os.fsdecode(a) if isinstance(a, bytes) else os.fspath(a) if hasattr(a, '__fspath__')
                else a for a in args]
        for a in args:
            if not isinstance(a, str):
                raise TypeError("expected str, bytes or os.PathLike object, not %s"
                                % type(a).__name__)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        elif executable:
            args[0] = executable
        if cwd is not None:
            cwd = os.fspath(cwd)
            if isinstance(cwd, bytes):
                cwd = os.fsdecode(cwd)
            if not os.path.isdir(cwd):
                raise FileNotFoundError(2, 'No such file or directory', cwd)
        if env is None:
            # os.environ as the program left it: CPython's os.environ changes the process's own
            # environment, which children inherit (the JVM's cannot change)
            env = {k: v for k, v in os.environ.items() if k != 'JPSYCO_CWD'}
        else:
            env = {os.fsdecode(k) if isinstance(k, bytes) else k:
                   os.fsdecode(v) if isinstance(v, bytes) else v for k, v in env.items()}
        self._pipe_out = stdout == PIPE
        self._pipe_err = stderr == PIPE
        specs = (_stream_spec(stdin, 'stdin'), _stream_spec(stdout, 'stdout'),
                 _stream_spec(stderr, 'stderr'))
        if specs[2] == 'stdout-fd':
            specs = (specs[0], specs[1], 'inherit' if specs[1] == 'inherit' else 'stdout')
        # the child writes to the same descriptors: what the program printed goes first
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        proc = _jpsyco_process.spawn(args, cwd, env, *specs)
        if isinstance(proc, tuple):
            errno, strerror = proc
            filename = args[0] if not shell else "/bin/sh"
            raise OSError(errno, strerror, filename)
        self._proc = proc
        self.pid = proc.pid()
        self.stdin = _PipeWriter(proc, self.text_mode, encoding, errors) if stdin == PIPE else None
        self.stdout = _PipeReader(proc, 1, self.text_mode, encoding, errors) if stdout == PIPE else None
        self.stderr = _PipeReader(proc, 2, self.text_mode, encoding, errors) if stderr == PIPE else None

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: "
                    f"returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                return
            self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = self._proc.poll()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        rc = self._proc.wait(timeout)
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        return _translate_newlines(data.decode(self.encoding or 'utf-8', self.errors or 'strict'))

    def communicate(self, input=None, timeout=None):
        """Sends input, reads stdout and stderr to the end and waits: (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if input is not None:
            if self.stdin is None:
                input = None
            elif self.text_mode:
                input = input.encode(self.encoding or 'utf-8', self.errors or 'strict')
            else:
                input = bytes(input)
        if self.stdin is not None and not self._communication_started:
            if input is None:
                self.stdin.close()
            else:
                self.stdin.closed = True
        self._communication_started = True
        out, err, finished = self._proc.communicate(input, timeout, self._pipe_out, self._pipe_err)
        if not finished:
            raise TimeoutExpired(self.args, timeout, output=self._decode(out), stderr=self._decode(err))
        self.wait()
        return self._decode(out), self._decode(err)

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        self._proc.signal(int(sig))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def call(*popenargs, timeout=None, **kwargs):
    """Runs the command and returns its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Runs the command; raises CalledProcessError when its exit status is not zero."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs the command and returns its standard output; CalledProcessError on failure."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs the command, waits for it and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of a shell command, stderr included, without the final newline."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Quotes a sequence of arguments the way the Windows C runtime parses them."""
    result = []
    needquote = False
    for arg in map(os.fsdecode, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
