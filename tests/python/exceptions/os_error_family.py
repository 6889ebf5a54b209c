# The OSError family: the hierarchy programs catch by, and the errors file operations raise
import os

family = [BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
          ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
          IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError]
for cls in family:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-2]], issubclass(cls, OSError))
print(issubclass(SyntaxWarning, Warning), EnvironmentError is OSError, IOError is OSError)


def fetch(attempt):
    if attempt < 2:
        raise ConnectionRefusedError("refused on attempt %d" % attempt)
    if attempt < 3:
        raise TimeoutError("timed out")
    return "payload"


for attempt in range(4):
    try:
        print("got", fetch(attempt))
    except ConnectionError as e:
        print("retry after", type(e).__name__, e)
    except OSError as e:
        print("os error", type(e).__name__, e)

try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)

with open("os_error_family.tmp", "w") as f:
    f.write("x")
try:
    open("os_error_family.tmp", "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
finally:
    os.remove("os_error_family.tmp")
