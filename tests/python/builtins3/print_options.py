import io
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" | ")
print()
print(end="")
print("no newline", end="")
print(" -- continued")
print("x", sep=None, end=None)
buf = io.StringIO()
print("to buffer", 42, file=buf)
print("second", end="!", file=buf)
print(repr(buf.getvalue()))
print("flushed", flush=True)
print("stderr line", file=sys.stderr)
sys.stderr.flush()
print(*range(5))
print(*"abc", sep="-")
print(*[], sep="-", end="<empty>\n")


class Shout:
    def __str__(self):
        return "SHOUT"

    def __repr__(self):
        return "Shout()"


print(Shout(), [Shout()], sep=" / ")
for bad in ({"sep": 1}, {"end": 2}, {"bogus": 3}):
    try:
        print("x", **bad)
    except TypeError as e:
        print("TypeError:", e)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


w = Writer()
print("one", "two", sep="+", end="$", file=w)
print(w.parts)
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
print("file=None goes to stdout", file=None)
lines = io.StringIO()
for i in range(3):
    print(f"row {i}", i * i, sep="\t", file=lines)
print(lines.getvalue(), end="")
print("unicode: \u00e9\u4e2d\U0001F600", "tab\tend")
