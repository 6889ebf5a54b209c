# A tiny logger writing to any file-like object; tests capture it with StringIO.
import io
import sys

class Logger:
    def __init__(self, stream=None, prefix=""):
        self.stream = stream if stream is not None else sys.stdout
        self.prefix = prefix
        self.count = 0

    def log(self, level, msg, *args):
        self.count += 1
        self.stream.write("%s[%s] %s\n" % (self.prefix, level, msg % args))

    def lines(self):
        return self.stream.getvalue().splitlines()

mem = io.StringIO()
logger = Logger(mem, prefix="app ")
logger.log("INFO", "started with %d workers", 4)
logger.log("WARN", "disk at %.1f%%", 91.25)
logger.log("ERROR", "failed: %r", {"code": 7})
print(logger.count, logger.lines())
print(mem.getvalue(), end="")

# rewinding and reading back what was written
mem.seek(0)
levels = [line.split("]")[0].split("[")[1] for line in mem]
print(levels)

# writelines and line iteration
out = io.StringIO()
out.writelines(["a\n", "b\n", "c"])
out.seek(0)
for number, line in enumerate(out, 1):
    print(number, repr(line))

# binary protocol framing with BytesIO
def frame(payload):
    return len(payload).to_bytes(2, "big") + payload if hasattr(int, "to_bytes") and False else bytes([len(payload) >> 8, len(payload) & 255]) + payload

stream = io.BytesIO()
for msg in [b"hello", b"", b"binary\x00data"]:
    stream.write(frame(msg))
stream.seek(0)
messages = []
while True:
    head = stream.read(2)
    if len(head) < 2:
        break
    size = head[0] * 256 + head[1]
    messages.append(stream.read(size))
print(messages, stream.tell(), len(stream.getvalue()))

# print() into a StringIO, with sep and end
buf = io.StringIO()
print("x", "y", "z", sep=", ", end=".\n", file=buf)
print(*range(5), file=buf)
print(repr(buf.getvalue()))
print(buf.read(), repr(buf.read()), buf.tell())
buf.seek(3)
print(repr(buf.read(5)), buf.readline(), end="")
