# In-memory files: building text with StringIO, parsing line by line, binary buffers.
import io
import sys

buf = io.StringIO()
buf.write("name,qty\n")
for name, qty in [("apple", 3), ("pear", 11), ("fig", 7)]:
    print(f"{name},{qty}", file=buf)
print(buf.tell(), repr(buf.getvalue()))

reader = io.StringIO(buf.getvalue())
header = reader.readline().strip().split(",")
rows = [dict(zip(header, line.rstrip("\n").split(","))) for line in reader]
print(header, rows)
reader.seek(0)
print(reader.read(4), reader.tell(), repr(reader.readline()), reader.readlines())
print(repr(reader.read()), repr(reader.readline()))

s = io.StringIO("hello world")
s.seek(6)
s.write("there")
print(s.getvalue(), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
s.truncate(5)
print(repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
print(s.tell(), s.readable(), s.writable(), s.seekable(), s.closed)
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for op in (c.read, c.getvalue, lambda: c.write("x")):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)

t = io.StringIO()
for bad in (lambda: t.write(5), lambda: t.seek(-1), lambda: t.seek(3, 1), lambda: io.StringIO(b"x")):
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)

old = sys.stdout
sys.stdout = captured = io.StringIO()
print("captured line")
print("second", 2, sep="|")
sys.stdout = old
print(repr(captured.getvalue()))
print(io.StringIO("a\nb\r\nc\rd", newline=None).readlines())
print(io.StringIO("x\ny").readlines(), list(io.StringIO("1\n2\n3")))

b = io.BytesIO()
print(b.write(b"\x00\x01header"), b.write(b"-body"), b.tell())
print(b.getvalue())
b.seek(2)
print(b.read(6), b.read(), b.read())
b.seek(-4, 2)
print(b.tell(), b.read(2))
b.seek(0)
b.write(b"XY")
print(b.getvalue(), b.seek(0, io.SEEK_END))
b.truncate(4)
print(b.getvalue(), b.tell())
lines = io.BytesIO(b"line one\nline two\nlast")
print(lines.readline(), lines.readlines(), list(io.BytesIO(b"a\nb")))
for bad in (lambda: b.write("str"), lambda: b.seek(-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print("ValueError:", e)
print(io.open is open, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
