"""logging.config.dictConfig, rotating files, memory and queue handlers, captured warnings."""
import logging
import logging.config
import logging.handlers
import os
import queue
import sys
import tempfile
import warnings

workdir = tempfile.mkdtemp()
logfile = os.path.join(workdir, "service.log")

logging.getLogger("legacy").warning("before configuration")

logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "braces": {"format": "{name} says {message}", "style": "{"},
    },
    "filters": {"only_api": {"name": "service.api"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "brief", "level": "INFO"},
        "file": {"class": "logging.FileHandler", "filename": logfile, "mode": "w",
                 "formatter": "braces", "filters": ["only_api"]},
    },
    "loggers": {
        "service": {"handlers": ["console", "file"], "level": "DEBUG", "propagate": False},
    },
    "root": {"level": "ERROR", "handlers": ["console"]},
})

logging.getLogger("service").info("starting")
logging.getLogger("service.api").debug("request /health")
logging.getLogger("service.api").info("request /items")
logging.getLogger("service.db").warning("slow query")
logging.getLogger("legacy").error("disabled by dictConfig")
logging.getLogger("fresh").error("new logger reaches root")
print("legacy disabled:", logging.getLogger("legacy").disabled)
for h in logging.getLogger("service").handlers:
    h.flush()
with open(logfile) as f:
    print(f.read(), end="")

# Rotating files keep the newest backups
rot = os.path.join(workdir, "rot.log")
handler = logging.handlers.RotatingFileHandler(rot, maxBytes=40, backupCount=2)
rl = logging.getLogger("rot")
rl.propagate = False
rl.setLevel(logging.INFO)
rl.addHandler(handler)
for i in range(7):
    rl.warning("entry %d of the rotating log", i)
handler.close()
for name in sorted(os.listdir(workdir)):
    if name.startswith("rot"):
        with open(os.path.join(workdir, name)) as f:
            print(name, f.read().splitlines())

# A memory handler flushes when full or at ERROR
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("flushed %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger("mem")
ml.propagate = False
ml.setLevel(logging.DEBUG)
ml.addHandler(mem)
ml.info("a")
ml.info("b")
print("nothing yet")
ml.info("c")
ml.debug("d")
ml.error("e")
ml.info("f")
print("closing")
mem.close()

# Queue handler and listener
q = queue.Queue()
ql = logging.getLogger("queued")
ql.propagate = False
ql.setLevel(logging.WARNING)
ql.addHandler(logging.handlers.QueueHandler(q))
ql.warning("job %d finished in %s", 3, "2s")
record = q.get_nowait()
print(record.msg, record.args, record.levelname, record.name)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("listener got: %(message)s"))
listener = logging.handlers.QueueListener(q, out)
listener.start()
ql.warning("through the listener")
listener.stop()

# Warnings through logging
logging.captureWarnings(True)


class WarningPrinter(logging.Handler):
    def emit(self, record):
        # the text starts with the file's path: keep the category and message only
        text = record.getMessage().split(":", 2)[2]
        print(record.name, record.levelname, text.splitlines()[0].strip())


logging.getLogger("py.warnings").addHandler(WarningPrinter())
logging.getLogger("py.warnings").propagate = False
logging.getLogger("py.warnings").setLevel(logging.WARNING)
warnings.warn("old API", UserWarning)
logging.captureWarnings(False)

try:
    logging.config.dictConfig({"handlers": {}})
except ValueError as e:
    print(e)
try:
    logging.config.dictConfig({"version": 2})
except ValueError as e:
    print(e)
try:
    logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}})
except ValueError as e:
    print(e, "|", type(e.__cause__).__name__)
