# SystemExit: caught and inspected, codes of several kinds, finally blocks running on the way out.
import sys

for code in (0, 3, "message", None, (1, 2)):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), repr(e), e.args)

try:
    raise SystemExit(5)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception), e.code)

try:
    exit_code = 0
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code)


def shutdown():
    try:
        print("shutting down")
        sys.exit(4)
    finally:
        print("finally still runs")


try:
    shutdown()
except SystemExit as e:
    print("exit code", e.code)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print(repr(e), isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by Exception")
except SystemExit:
    print("only BaseException catches it")
print("exiting with 7", flush=True)
try:
    sys.exit(7)
finally:
    print("final finally")
