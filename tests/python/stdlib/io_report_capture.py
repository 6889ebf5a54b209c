# Capturing a program's output and errors in memory and post-processing them.
import io
import sys
import traceback
import textwrap
from contextlib import redirect_stdout, redirect_stderr

def noisy_job(n):
    print("starting job", n)
    for i in range(n):
        print("  step", i, "of", n)
    if n > 2:
        print("too many steps", file=sys.stderr)
        raise RuntimeError("job %d failed" % n)
    return n * 10

results = {}
for n in (1, 3):
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            results[n] = noisy_job(n)
        except RuntimeError:
            traceback.print_exc()
    captured = out.getvalue()
    problems = err.getvalue()
    print("job", n, "printed", len(captured.splitlines()), "lines")
    print(textwrap.indent(captured, "    | "), end="")
    if problems:
        lines = problems.splitlines()
        print("    stderr first line:", lines[0])
        print("    stderr last line:", lines[-1])
        print("    traceback mentions noisy_job:", any("in noisy_job" in l for l in lines))
print(results)

report = io.StringIO()
report.write("SUMMARY\n")
report.write("=" * 7 + "\n")
for key, value in sorted(results.items()):
    report.write("%-5s %5d\n" % (key, value))
text = report.getvalue()
print(text, end="")
print(len(text), text.count("\n"), report.tell() == len(text))
report.seek(0)
print([line.rstrip() for line in report.readlines()])
