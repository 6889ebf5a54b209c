# Small runtime features real programs and library modules rely on.
import os


class Task:
    def run(self):
        """Runs the task."""
        return "ran"


Task.run.retries = 3
t = Task()
print(t.run.retries, t.run.__doc__, t.run.__name__, t.run.__qualname__)
print(t.run.__code__.co_name, t.run.__defaults__, t.run.__func__ is Task.run)
try:
    t.run.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.run.retries = 4
except AttributeError as e:
    print("AttributeError:", e)

Task.__module__ = "tasks.core"
print(Task, Task.__module__, repr(t).split(" object")[0])
Task.__qualname__ = "Job"
print(Task, Task.__name__)

table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc-abc".translate(table))
print(b"hello world".translate(None, b"lo"), b"hello".translate(table, delete=b"h"))
print(bytearray(b"abcabc").translate(table), bytearray.maketrans(b"a", b"b")[97])
for bad in [("ab", "xy"), (b"a", b"xy")]:
    try:
        bytes.maketrans(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b"abc".translate(b"short")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".translate(None, "b")
except TypeError as e:
    print("TypeError:", e)

print(int(b"ff", 16), int(b"  -101 ", 2), int(bytearray(b"777"), 8), int(b"0x1f", 0))

r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
u = os.uname()
print(type(u).__name__, u.sysname, all(isinstance(x, str) for x in u), len(u), u.machine == u[4])
print(os.kill(os.getpid(), 0))
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print("ProcessLookupError:", e.errno, e.strerror)
