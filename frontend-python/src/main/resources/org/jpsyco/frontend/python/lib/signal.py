"""Signal handlers: signal.signal(SIGTERM, handler), SIG_DFL and SIG_IGN, the Signals enum,
getsignal, raise_signal, alarm, strsignal and default_int_handler.

Handlers are installed through the JVM. A Python handler runs on the JVM's signal thread
holding the runtime lock (CPython runs it in the main thread between bytecodes), so an
exception it raises is reported like one in a thread instead of interrupting the program.
"""

import sys
from enum import IntEnum as _IntEnum
import _jpsyco_signal


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


Signals.__module__ = 'signal'


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction',
    5: 'Trace/breakpoint trap', 6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception',
    9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
    12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
    16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)',
    23: 'Urgent I/O condition', 24: 'CPU time limit exceeded', 25: 'File size limit exceeded',
    26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed',
    29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call',
}


def default_int_handler(signalnum, frame, /):
    """The handler CPython installs for SIGINT: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {n: Handlers.SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = Handlers.SIG_IGN


def _enum_handler(h):
    try:
        return Handlers(h)
    except (ValueError, TypeError):
        return h


def _check_signum(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(signalnum).__name__)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError("signal number out of range")
    return int(signalnum)


def _dispatch(signum):
    handler = _handlers.get(signum)
    if callable(handler):
        handler(_enum_signal(signum), sys._getframe(0).f_back)


def _enum_signal(n):
    try:
        return Signals(n)
    except ValueError:
        return n


def signal(signalnum, handler, /):
    """Sets the handler of a signal (SIG_DFL, SIG_IGN or a function (signum, frame)) and
    returns the previous one."""
    signalnum = _check_signum(signalnum)
    import threading
    if threading.current_thread() is not threading.main_thread():
        raise ValueError("signal only works in main thread of the main interpreter")
    if not callable(handler):
        if handler not in (Handlers.SIG_DFL, Handlers.SIG_IGN):
            raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                            "or a callable object")
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, 'Invalid argument')
    if callable(handler):
        mode = 2
    else:
        mode = int(handler)
    if not _jpsyco_signal.install(signalnum, mode, _dispatch):
        raise OSError(22, 'Invalid argument')
    old = _handlers.get(signalnum, Handlers.SIG_DFL)
    _handlers[signalnum] = _enum_handler(handler)
    return old


def getsignal(signalnum, /):
    """The current handler of a signal."""
    signalnum = _check_signum(signalnum)
    return _handlers.get(signalnum)


def raise_signal(signalnum, /):
    """Sends the signal to this process."""
    signalnum = _check_signum(signalnum)
    if not _jpsyco_signal.raise_(signalnum):
        raise OSError(3, 'No such process')


def strsignal(signalnum, /):
    signalnum = _check_signum(signalnum)
    return _DESCRIPTIONS.get(signalnum)


def valid_signals():
    return {_enum_signal(n) for n in range(1, NSIG) if n not in (32, 33)}


_alarm = None


def alarm(seconds, /):
    """Sends SIGALRM to this process after the given seconds (0 cancels); returns the seconds
    left of the previous alarm."""
    global _alarm
    import time
    import threading
    left = 0
    if _alarm is not None:
        timer, due = _alarm
        timer.cancel()
        left = max(0, int(due - time.monotonic() + 0.999999))
        _alarm = None
    if seconds > 0:
        timer = threading.Timer(seconds, raise_signal, (SIGALRM,))
        timer.daemon = True
        timer.start()
        _alarm = (timer, time.monotonic() + seconds)
    return left


def pause():
    import time
    while True:
        time.sleep(3600)


def siginterrupt(signalnum, flag, /):
    _check_signum(signalnum)


def pthread_sigmask(how, mask, /):
    return set()
