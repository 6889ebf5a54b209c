"""A build script's helpers: running commands with subprocess, handling SIGTERM and SIGUSR1,
reporting the platform, timing a function, and cleaning up at exit with atexit."""
import atexit
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
import timeit

workdir = tempfile.mkdtemp()


@atexit.register
def cleanup():
    for name in sorted(os.listdir(workdir)):
        os.remove(os.path.join(workdir, name))
    os.rmdir(workdir)
    print("cleaned up", os.path.exists(workdir))


atexit.register(print, "atexit handlers run newest first")


def step(title, cmd, **kw):
    print(f"== {title}")
    result = subprocess.run(cmd, capture_output=True, text=True, **kw)
    print("rc", result.returncode, "out", repr(result.stdout), "err", repr(result.stderr))
    return result


print("starting")
subprocess.run(["echo", "inherited output appears in order"])
step("shell pipeline", "printf 'b\\na\\nc\\n' | sort", shell=True)
step("stderr and status", ["sh", "-c", "echo working; echo 'warning: low disk' >&2; exit 4"])
step("cwd", ["sh", "-c", "touch made.txt && ls"], cwd=workdir)
step("env", ["sh", "-c", "echo $MODE-$LEVEL"], env={"MODE": "release", "LEVEL": "3"})
step("input", ["wc", "-l"], input="one\ntwo\nthree\n")
r = subprocess.run(["printf", "raw bytes"], stdout=subprocess.PIPE)
print(r)
print(repr(subprocess.check_output(["echo", "checked"])))
print(subprocess.check_output("echo $((6 * 7))", shell=True, text=True).strip())
print("call ->", subprocess.call(["false"]), "check_call ->", subprocess.check_call(["true"]))
print(subprocess.getstatusoutput("echo status; exit 3"))

for cmd in (["sh", "-c", "exit 9"], ["no-such-tool-here", "--version"]):
    try:
        subprocess.run(cmd, check=True, capture_output=True)
    except subprocess.CalledProcessError as e:
        print("CalledProcessError:", e, "|", e.returncode, e.stdout, e.stderr)
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
try:
    subprocess.run(["sleep", "3"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired for", e.cmd)
print(subprocess.TimeoutExpired(["sleep", "3"], 0.25))
print(subprocess.CalledProcessError(1, "make all"))
try:
    subprocess.check_output(["true"], stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)

with subprocess.Popen(["sh", "-c", "while read x; do echo \"<$x>\"; done"],
                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as proc:
    out, _ = proc.communicate("alpha\nbeta\n")
    print(repr(out), proc.returncode)
proc = subprocess.Popen(["sh", "-c", "echo first; echo second"], stdout=subprocess.PIPE)
print([line for line in proc.stdout], proc.wait())
proc = subprocess.Popen(["sleep", "30"])
print(proc.poll())
proc.terminate()
print("terminated:", proc.wait())
proc = subprocess.Popen(["sleep", "30"])
proc.kill()
print("killed:", proc.wait())

# signals
received = []


def on_signal(signum, frame):
    received.append(signal.Signals(signum).name)


print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
old = signal.signal(signal.SIGUSR1, on_signal)
print("old handler:", old, signal.getsignal(signal.SIGUSR1) is on_signal)
signal.signal(signal.SIGTERM, on_signal)
signal.raise_signal(signal.SIGUSR1)
signal.raise_signal(signal.SIGTERM)
deadline = time.time() + 5
while len(received) < 2 and time.time() < deadline:
    time.sleep(0.01)
print("received:", sorted(received))
print(signal.signal(signal.SIGTERM, signal.SIG_DFL) is on_signal, signal.getsignal(signal.SIGTERM))
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print("SIGUSR2 ignored")
print(signal.Signals.SIGINT, int(signal.SIGTERM), signal.SIGKILL.name, signal.strsignal(signal.SIGTERM))
print(repr(signal.SIG_IGN), signal.Signals(2), signal.NSIG)
for bad in [lambda: signal.signal(signal.SIGKILL, on_signal), lambda: signal.signal(99, on_signal),
            lambda: signal.signal(signal.SIGUSR1, "nope")]:
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt from default_int_handler")
print(signal.alarm(0))

# platform
print(platform.system(), platform.system() == platform.uname().system, len(platform.uname()))
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3], platform.python_implementation())
print(isinstance(platform.machine(), str), isinstance(platform.node(), str))
print(isinstance(platform.release(), str), platform.platform().startswith("Linux"))
print(platform.python_version_tuple()[:2])

# timeit
calls = []
t = timeit.Timer(lambda: calls.append(1))
elapsed = t.timeit(number=50)
print(len(calls), elapsed >= 0, type(elapsed).__name__)
print(len(timeit.repeat("x = sum(range(10))", repeat=3, number=20)))
print(timeit.timeit("y = d['k']", setup="d = {'k': 1}", number=100) > 0)
print(timeit.default_timer is time.perf_counter)
print(timeit.timeit("total += 1", setup="total = 0", number=5) >= 0)
print("main done")
