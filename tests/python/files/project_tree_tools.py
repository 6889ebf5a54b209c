# A small build-tool script: lay out a project in a temporary folder, inspect it with
# os.walk / os.scandir / os.stat, copy and move parts with shutil, clean up.
import os
import shutil
import stat
import tempfile


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def tree(root):
    lines = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(folder, root)
        depth = 0 if rel == "." else rel.count(os.sep) + 1
        lines.append("  " * depth + (os.path.basename(folder) if rel != "." else ".") + "/")
        for name in sorted(files):
            size = os.stat(os.path.join(folder, name)).st_size
            lines.append("  " * (depth + 1) + f"{name} ({size} bytes)")
    return "\n".join(lines)


with tempfile.TemporaryDirectory(prefix="proj-") as root:
    print("temp dir exists:", os.path.isdir(root), os.path.basename(root).startswith("proj-"))
    write(os.path.join(root, "src", "app", "__init__.py"), "")
    write(os.path.join(root, "src", "app", "main.py"), "print('hello')\n")
    write(os.path.join(root, "src", "app", "util.py"), "def add(a, b):\n    return a + b\n")
    write(os.path.join(root, "docs", "index.md"), "# Project\n\nSome docs.\n")
    write(os.path.join(root, "README"), "read me\n")
    print(tree(root))

    print("-- bottom-up walk: every folder comes after its subfolders")
    seen = set()
    listing = []
    for folder, dirs, files in os.walk(root, topdown=False):
        children_first = all(os.path.join(folder, d) in seen for d in dirs)
        seen.add(folder)
        listing.append((os.path.relpath(folder, root), sorted(dirs), sorted(files), children_first))
    for entry in sorted(listing):
        print(*entry)

    print("-- pruned walk (skip docs)")
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "docs")
        print(os.path.relpath(folder, root), dirs, sorted(files))

    print("-- stat")
    st = os.stat(os.path.join(root, "src", "app", "util.py"))
    print("size", st.st_size, "regular", stat.S_ISREG(st.st_mode), "dir", stat.S_ISDIR(st.st_mode))
    print("st[ST_SIZE]", st[stat.ST_SIZE], "mtime is float", isinstance(st.st_mtime, float))
    print("mtime_ns agrees", st.st_mtime_ns // 10**9 == int(st.st_mtime))
    dst = os.lstat(os.path.join(root, "src"))
    print("src is dir", stat.S_ISDIR(dst.st_mode), stat.filemode(dst.st_mode)[0])
    print("filemode", stat.filemode(0o100644), stat.filemode(0o040755), stat.filemode(0o104755))
    print("S_IMODE", oct(stat.S_IMODE(0o100644)))

    print("-- scandir")
    with os.scandir(os.path.join(root, "src", "app")) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            kind = "dir" if entry.is_dir() else "file"
            print(f"  {entry.name:12} {kind} {entry.stat().st_size:3d} {os.path.relpath(entry.path, root)}")
    first = sorted(os.scandir(os.path.join(root, "docs")), key=lambda e: e.name)[0]
    print(" ", repr(first), os.fspath(first) == first.path, first.is_symlink())
    dirs = [e.name for e in os.scandir(root) if e.is_dir()]
    print("  top-level dirs:", sorted(dirs))

    print("-- shutil")
    backup = shutil.copytree(os.path.join(root, "src"), os.path.join(root, "backup"))
    print("copytree ->", os.path.relpath(backup, root))
    print(tree(backup))
    print("copyfile ->", os.path.relpath(shutil.copyfile(os.path.join(root, "README"),
                                                       os.path.join(root, "README.txt")), root))
    print("copy into dir ->", os.path.relpath(shutil.copy(os.path.join(root, "README"),
                                                         os.path.join(root, "docs")), root))
    print("move ->", os.path.relpath(shutil.move(os.path.join(root, "README.txt"),
                                                os.path.join(root, "docs", "README.md")), root))
    print("move dir into dir ->", os.path.relpath(shutil.move(os.path.join(root, "backup"),
                                                             os.path.join(root, "docs")), root))
    try:
        shutil.copyfile(os.path.join(root, "README"), os.path.join(root, "README"))
    except shutil.SameFileError as e:
        print("SameFileError:", type(e).__name__, isinstance(e, OSError))
    shutil.rmtree(os.path.join(root, "docs", "backup"))
    print(tree(root))
    print("which sh:", shutil.which("sh") is not None, "which missing:", shutil.which("no-such-tool-xyz"))
    saved = root
print("removed after with:", not os.path.exists(saved))

print("-- mkstemp / mkdtemp / NamedTemporaryFile")
fd, path = tempfile.mkstemp(prefix="data-", suffix=".bin")
os.write(fd, b"12345")
os.close(fd)
print(os.path.basename(path).startswith("data-"), path.endswith(".bin"), os.path.isabs(path),
      os.path.getsize(path))
with open(path, "rb") as f:
    print(f.read())
os.remove(path)

d = tempfile.mkdtemp(suffix="-work")
print(os.path.isdir(d), d.endswith("-work"), os.listdir(d))
os.rmdir(d)

with tempfile.NamedTemporaryFile("w+", suffix=".txt") as tmp:
    tmp.write("line one\nline two\n")
    tmp.flush()
    tmp.seek(0)
    print(tmp.read().splitlines(), tmp.name.endswith(".txt"), os.path.exists(tmp.name))
    name = tmp.name
print("deleted on close:", not os.path.exists(name))

keep = tempfile.NamedTemporaryFile(mode="w", delete=False)
keep.write("kept")
keep.close()
with open(keep.name) as f:
    print("kept file:", f.read())
os.unlink(keep.name)

t = tempfile.TemporaryDirectory()
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name))
t.cleanup()
print("cleanup removes:", not os.path.exists(t.name))
print("gettempdir is a dir:", os.path.isdir(tempfile.gettempdir()))
