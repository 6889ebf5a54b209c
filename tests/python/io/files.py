import os

name = "files_tmp_output.txt"
with open(name, "w") as f:
    f.write("first line\n")
    f.writelines(["second\n", "third\n"])
    print("written", f.closed, f.name, f.mode)
print("closed after with:", f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name, "a") as f:
    print("appended", f.write("fourth\n"))
with open(name, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip("\n"))
f = open(name)
print(f.readline(), end="")
print(f.readlines())
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
print(os.path.exists(name), os.path.getsize(name), os.path.splitext(name), os.path.join("a", "b", "c.txt"))
os.remove(name)
print(os.path.exists(name))
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, "|", e)
try:
    open("no_such_file.txt")
except OSError as e:
    print("as OSError:", isinstance(e, FileNotFoundError))
with open(name, "w") as out:
    print("unicode ✓ naïve", file=out)
print(open(name).read().strip(), len(open(name).read()))
os.remove(name)
open("missing_dir/x.txt")
