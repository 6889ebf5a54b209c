import os
import os.path

print(os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.path.sep)
for p in ("/usr/lib/python3.11/os.py", "relative/dir/file.tar.gz", "noext", ".bashrc", "dir/", "/", "", "a/.hidden.txt"):
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs", "b"), os.path.join("a/", "b"))
print(os.path.join("", "x"), os.path.join("x", ""), os.path.isabs("/x"), os.path.isabs("x/y"))
for p in ("a//b/./c/../d", "/../x", "../a/../../b", "./", "a/b/..", "//double", "///triple", ""):
    print(repr(p), "->", repr(os.path.normpath(p)))
print(os.path.commonprefix(["/usr/lib/a", "/usr/local", "/usr/lib/b"]), repr(os.path.commonprefix([])))
here = os.getcwd()
print(os.path.abspath("x") == os.path.join(here, "x"), os.path.relpath(os.path.join(here, "a", "b"), here))
print(os.path.relpath("a/b/c", "a/d"), os.path.relpath("a", "a"), os.path.exists(here), os.path.isdir(here))
base = "_os_paths_tmp"
os.mkdir(base)
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror)
os.makedirs(os.path.join(base, "deep", "er"))
os.makedirs(os.path.join(base, "deep"), exist_ok=True)
for name, text in (("b.txt", "bee"), ("a.txt", "ay"), ("c.log", "see")):
    with open(os.path.join(base, name), "w") as f:
        f.write(text)
print(sorted(os.listdir(base)), os.path.isfile(os.path.join(base, "a.txt")), os.path.getsize(os.path.join(base, "b.txt")))
os.rename(os.path.join(base, "c.log"), os.path.join(base, "c.txt"))
print(sorted(n for n in os.listdir(base) if n.endswith(".txt")))
os.replace(os.path.join(base, "a.txt"), os.path.join(base, "b.txt"))
with open(os.path.join(base, "b.txt")) as f:
    print(f.read(), sorted(os.listdir(base)))
try:
    os.remove(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
for name in ("b.txt", "c.txt"):
    os.remove(os.path.join(base, name))
os.rmdir(os.path.join(base, "deep", "er"))
os.rmdir(os.path.join(base, "deep"))
os.rmdir(base)
print(os.path.exists(base))
try:
    os.listdir(base)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.filename)
print(os.environ.get("PYTHONHASHSEED"), os.getenv("JPSYCO_SURELY_UNSET", "default"), "PATH" in os.environ or True)
