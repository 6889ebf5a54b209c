# A tiny error reporter that walks the traceback to show each frame's function, line and locals,
# as debugging helpers and test runners do.
import io
import os
import sys
import traceback


def parse_record(line):
    fields = line.split(",")
    count = int(fields[1])
    return fields[0], count


def load(lines):
    records = []
    for lineno, line in enumerate(lines, 1):
        records.append(parse_record(line))
    return records


WATCHED = {"load": ("lineno", "line", "records"), "parse_record": ("line", "fields")}


def report(tb):
    depth = 0
    while tb is not None:
        frame = tb.tb_frame
        code = frame.f_code
        if code.co_name != "<module>":
            values = {name: frame.f_locals[name] for name in WATCHED[code.co_name]}
            print(f"  #{depth} {code.co_name}() line {tb.tb_lineno}: {values}")
        else:
            print(f"  #{depth} <module> line {tb.tb_lineno}")
        tb = tb.tb_next
        depth += 1


try:
    load(["apples,3", "pears,x", "plums,5"])
except ValueError as exc:
    print("error:", exc)
    report(exc.__traceback__)
    innermost = exc.__traceback__
    while innermost.tb_next is not None:
        innermost = innermost.tb_next
    caller = innermost.tb_frame.f_back
    print("raised in", innermost.tb_frame.f_code.co_name, "called from", caller.f_code.co_name,
          "at record", caller.f_locals["lineno"])
    print("same as sys.exc_info:", sys.exc_info()[2] is exc.__traceback__)
    for summary in traceback.extract_tb(exc.__traceback__):
        print("  summary:", summary.name, summary.lineno, repr(summary.line))
    name, lineno, func, text = traceback.extract_tb(exc.__traceback__)[-1]
    print("  last entry:", func, text)
    formatted = traceback.format_exc()
    print(formatted.splitlines()[0])
    print(formatted.splitlines()[-1])
    print("frames in format_exc:", formatted.count("  File "))
    print("".join(traceback.format_exception_only(type(exc), exc)), end="")
    report = io.StringIO()
    traceback.print_exc(limit=1, file=report)
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    print(report.getvalue().replace(here, ""), end="")


def checker(values):
    total = 0
    for v in values:
        if v < 0:
            raise ArithmeticError(f"negative value {v} after total {total}")
        total += v
    return total


for data in ([1, 2, 3], [4, -1, 6]):
    try:
        print("total", checker(data))
    except ArithmeticError:
        _, err, tb = sys.exc_info()
        last = traceback.extract_tb(tb)[-1]
        print(type(err).__name__, err, "| in", last.name, "| v =", tb.tb_next.tb_frame.f_locals["v"],
              "total =", tb.tb_next.tb_frame.f_locals["total"])

print(traceback.format_exc())
