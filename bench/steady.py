"""bench/steady.py: the steady-state driver of bench/run.

    RUNTIME steady.py PROGRAM SIZE WARMUP REPS BUDGET

Imports the benchmark PROGRAM (a path to one of bench/programs/*.py) as a module and calls
its main(SIZE) WARMUP + REPS times in this one process. The first repetition prints the
program's output as usual, for the harness to check against CPython's; the later ones print
into a sink. Each repetition is timed with time.perf_counter(); after the last one a line
'steady-times: T1 T2 ...' (seconds, warm-up repetitions included, in order) goes to stderr.
Measured repetitions stop early once BUDGET seconds have passed in all (at least one is
always measured). Runs unchanged on jpsyco, CPython 3.11 and PyPy 3.9.
"""
import os
import sys
import time


class Sink:
    """Stands in for sys.stdout after the first repetition."""

    def write(self, text):
        return len(text)

    def flush(self):
        pass


def main(argv):
    program, size, warmup, reps, budget = argv[1], int(argv[2]), int(argv[3]), int(argv[4]), float(argv[5])
    folder, name = os.path.split(os.path.abspath(program))
    sys.path.insert(0, folder)
    module = __import__(name[:-3] if name.endswith(".py") else name)
    err = sys.stderr
    out = sys.stdout
    times = []
    begin = time.perf_counter()
    for i in range(warmup + reps):
        if i == 1:
            out.flush()
            sys.stdout = Sink()
        t0 = time.perf_counter()
        module.main(size)
        times.append(time.perf_counter() - t0)
        if i >= warmup and time.perf_counter() - begin > budget:
            break
    sys.stdout = out
    err.write("steady-times: %s\n" % " ".join("%.6f" % t for t in times))
    err.flush()


if __name__ == "__main__":
    main(sys.argv)
