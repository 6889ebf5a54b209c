"""Timing small pieces of code: timeit, repeat, Timer and default_timer.

The statement and setup may be strings (compiled into a function that loops `number`
times) or callables.
"""

import gc
import sys
import time
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Times stmt after setup; timeit(number) runs it number times and returns seconds."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            stmtprefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        r = []
        for i in range(repeat):
            t = self.timeit(number)
            r.append(t)
        return r

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    """The command line: python -m timeit [-n N] [-r N] [-s S] [-u U] [-v] statement..."""
    if args is None:
        args = sys.argv[1:]
    number = 0
    setup = []
    repeat_ = default_repeat
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    time_unit = None
    verbose = 0
    stmt_parts = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-n", "--number"):
            number = int(args[i + 1])
            i += 2
        elif a in ("-s", "--setup"):
            setup.append(args[i + 1])
            i += 2
        elif a in ("-r", "--repeat"):
            repeat_ = max(1, int(args[i + 1]))
            i += 2
        elif a in ("-u", "--unit"):
            time_unit = args[i + 1]
            i += 2
        elif a in ("-v", "--verbose"):
            verbose += 1
            i += 1
        else:
            stmt_parts.append(a)
            i += 1
    stmt = "\n".join(stmt_parts) or "pass"
    setup = "\n".join(setup) or "pass"
    t = Timer(stmt, setup, default_timer)
    if number == 0:
        number, _ = t.autorange()
    raw_timings = t.repeat(repeat_, number)
    timings = [dt / number for dt in raw_timings]
    best = min(timings)

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = [(scale, unit) for unit, scale in units.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (3, dt / scale, unit)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat_, format_time(best)))
    return None


if __name__ == "__main__":
    sys.exit(main())
