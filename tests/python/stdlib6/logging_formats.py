"""Formatters in the three styles, basicConfig variants, filters, adapters and levels."""
import io
import logging
import sys


def capture(fmt, style="%", **kw):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter(fmt, style=style, **kw))
    return stream, handler


logger = logging.getLogger("fmt")
logger.propagate = False
logger.setLevel(logging.DEBUG)

for fmt, style in [("%(levelname)s|%(name)s|%(message)s", "%"),
                   ("%(levelno)03d %(message)-10s|", "%"),
                   ("{levelname:>8}:{name}:{message!r}", "{"),
                   ("$levelname - ${name} - $message", "$"),
                   ("%(module)s.%(funcName)s@%(lineno)d %(filename)s %(threadName)s %(processName)s", "%")]:
    stream, handler = capture(fmt, style)
    logger.addHandler(handler)
    logger.info("value is %s", [1, 2])
    logger.removeHandler(handler)
    print(stream.getvalue(), end="")

stream, handler = capture("%(app)s %(message)s", defaults={"app": "demo"})
logger.addHandler(handler)
logger.warning("with default field")
logger.warning("with extra field", extra={"app": "override"})
logger.removeHandler(handler)
print(stream.getvalue(), end="")

# dictionary arguments fill %(name)s placeholders in the message
stream, handler = capture("%(message)s")
logger.addHandler(handler)
logger.info("user %(user)s logged in from %(ip)s", {"user": "ann", "ip": "10.0.0.1"})
logger.info("%d%% done", 50)
logger.info(("not", "a", "string"))


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


handler.addFilter(OnlyEven())
for i in range(5):
    logger.info("number %d", i)
handler.filters.clear()
handler.addFilter(lambda record: "skip" not in record.msg)
logger.info("skip me")
logger.info("keep me")
logger.removeHandler(handler)
print(stream.getvalue(), end="")

# Filter by name passes a logger and its children only
f = logging.Filter("a.b")
for name in ["a", "a.b", "a.b.c", "a.bc", "x"]:
    rec = logging.makeLogRecord({"name": name})
    print(name, bool(f.filter(rec)))

# adapters
stream, handler = capture("%(message)s [%(request)s]")
logger.addHandler(handler)
adapter = logging.LoggerAdapter(logger, {"request": "r-17"})
adapter.info("handling")
adapter.debug("details %s", "here")


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {})["request"] = "r-18"
        return "%s: %s" % (self.extra["who"], msg), kwargs


Prefixed(logger, {"who": "worker"}).error("failed")
logger.removeHandler(handler)
print(stream.getvalue(), end="")
print(repr(adapter), adapter.name, adapter.getEffectiveLevel())

# custom levels
logging.addLevelName(25, "NOTICE")
stream, handler = capture("%(levelname)s %(levelno)s %(message)s")
logger.addHandler(handler)
logger.log(25, "custom level")
logger.log(5, "below debug")
logger.setLevel(1)
logger.log(5, "now visible")
logger.removeHandler(handler)
print(stream.getvalue(), end="")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33))
print(logging.getLevelName("NOPE"))

# errors
for bad in [lambda: logging.Formatter("plain text"),
            lambda: logging.Formatter("{oops", style="{"),
            lambda: logging.Formatter("%(message)s", style="#"),
            lambda: logger.setLevel("LOUD"),
            lambda: logger.setLevel(2.5),
            lambda: logger.log("INFO", "x"),
            lambda: logging.getLogger(42),
            lambda: logging.basicConfig(stream=sys.stdout, filename="x.log"),
            lambda: logging.basicConfig(handlers=[], stream=sys.stdout, force=True),
            lambda: logging.basicConfig(colour="red", force=True),
            lambda: logger.info("x", extra={"msg": "clash"})]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# basicConfig on stdout, then force a new format
logging.basicConfig(stream=sys.stdout, level=logging.INFO, force=True)
logging.info("basic")
logging.basicConfig(stream=sys.stdout, format="{levelname} {message}", style="{", force=True)
logging.warning("brace style")
logging.basicConfig(stream=sys.stderr)  # ignored: root already has a handler
logging.warning("still stdout")
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error passes")
logging.disable(logging.NOTSET)
logging.getLogger("quiet").addHandler(logging.NullHandler())
print(logging.getLogger("quiet").hasHandlers(), logging.getLogger("fmt").hasHandlers())
print(logging.getLogger("x.y.z").parent is logging.getLogger(), logging.getLogger("x.y").getChild("z").name)
print(logging.getLogger("x.y.z").parent.name)
