# What scripts ask the operating system: who they run as, how many processors there are,
# process times, wait statuses of children, os.system and os.popen, environment changes that
# children see, and tidy directory moves with renames/removedirs.
import os
import shutil
import tempfile

print("ids are ints:", all(isinstance(f(), int) and f() >= 0 for f in (os.getuid, os.geteuid, os.getgid,
                                                                         os.getegid, os.getppid, os.getpgrp)))
print("parent is not us:", os.getppid() != os.getpid())
print("cpu_count:", isinstance(os.cpu_count(), int) and os.cpu_count() >= 1,
      len(os.sched_getaffinity(0)) <= os.cpu_count())
t = os.times()
print("times:", type(t).__name__, len(t), t.user >= 0 and t.elapsed > 0, t[0] == t.user)
old = os.umask(0o022)
print("umask round trip:", os.umask(old) == 0o022)
load = os.getloadavg()
print("loadavg:", len(load), all(x >= 0 for x in load))
print("strerror:", os.strerror(2), "|", os.strerror(13), "|", os.strerror(9999))
print("not a tty:", os.isatty(99), os.device_encoding(99))
try:
    os.get_terminal_size(1000000)
except OSError as e:
    print("terminal size of a bad fd:", type(e).__name__, e.errno)
print("fallback size:", tuple(shutil.get_terminal_size((100, 40))) if not os.isatty(1) else (100, 40))

for status in (0, 256, 3 << 8, 9, 0x7f | (19 << 8), 0xffff):
    print("status %#06x:" % status, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WIFSTOPPED(status), os.WIFCONTINUED(status), end=" ")
    try:
        print(os.waitstatus_to_exitcode(status))
    except ValueError as e:
        print("ValueError:", e)
print("constants:", os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE, os.WNOHANG, os.error is OSError)

print("system:", os.system("exit 3"), os.system("true"))
with os.popen("echo one; echo two") as p:
    print("popen lines:", [line.strip() for line in p])
p = os.popen("printf 'a b c'; exit 2")
print("popen read:", p.read().split(), "close:", p.close())
os.environ["JPSYCO_DEMO_SETTING"] = "on"
print("child sees environ change:", os.popen("echo $JPSYCO_DEMO_SETTING").read().strip(),
      os.getenv("JPSYCO_DEMO_SETTING"))
del os.environ["JPSYCO_DEMO_SETTING"]
print("after delete:", repr(os.popen("echo ${JPSYCO_DEMO_SETTING:-unset}").read().strip()),
      os.getenv("JPSYCO_DEMO_SETTING", "default"))
print("exec path:", os.get_exec_path({"PATH": "/opt/bin:/usr/bin"}))
for bad in (lambda: os.popen(["ls"]), lambda: os.popen("ls", "rb"), lambda: os.waitstatus_to_exitcode(-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

root = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(root, "a", "b", "c"))
    with open(os.path.join(root, "a", "b", "c", "f.txt"), "w") as f:
        f.write("x")
    os.renames(os.path.join(root, "a", "b", "c", "f.txt"), os.path.join(root, "x", "y", "f.txt"))
    print("renames:", sorted(os.listdir(root)), os.listdir(os.path.join(root, "x", "y")))
    os.makedirs(os.path.join(root, "p", "q"))
    os.removedirs(os.path.join(root, "p", "q"))
    print("removedirs:", sorted(os.listdir(root)))
finally:
    shutil.rmtree(root)
