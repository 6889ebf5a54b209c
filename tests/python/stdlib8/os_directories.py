# A build script's habits: work in a scratch directory, chdir into it, make links to
# shared files, run a child process there and check that relative paths follow the
# working directory.
import os
import shutil
import subprocess
import tempfile

start = os.getcwd()
root = os.path.realpath(tempfile.mkdtemp(prefix="build-"))
try:
    os.chdir(root)
    print("cwd is the scratch dir:", os.getcwd() == root)
    os.makedirs("src/pkg", exist_ok=True)
    with open("src/pkg/data.txt", "w") as f:
        f.write("alpha\nbeta\n")
    os.chdir("src")
    print("relative chdir:", os.path.relpath(os.getcwd(), root))
    print("listdir('.'):", os.listdir("."))
    print("abspath:", os.path.relpath(os.path.abspath("pkg/data.txt"), root))
    with open("pkg/data.txt") as f:
        print("read relative:", f.read().split())

    os.symlink("pkg/data.txt", "current.txt")
    print("readlink:", os.readlink("current.txt"))
    print("islink:", os.path.islink("current.txt"), os.path.islink("pkg/data.txt"))
    with open("current.txt") as f:
        print("through the link:", f.readline().strip())
    os.link("pkg/data.txt", "hard.txt")
    print("link count:", os.stat("pkg/data.txt").st_nlink)
    print("lstat is a link:", os.lstat("current.txt").st_size == len("pkg/data.txt"))

    os.symlink(os.path.join(root, "src", "pkg"), os.path.join(root, "pkglink"))
    os.chdir(os.path.join(root, "pkglink"))
    print("chdir through a symlink resolves it:", os.path.relpath(os.getcwd(), root))
    os.chdir("..")
    print("back up:", os.path.relpath(os.getcwd(), root))

    out = subprocess.run(["sh", "-c", "ls"], capture_output=True, text=True)
    print("child sees:", out.stdout.split())

    for bad, call in [("missing", lambda: os.chdir("no-such-dir")),
                      ("file", lambda: os.chdir("current.txt")),
                      ("exists", lambda: os.symlink("pkg/data.txt", "current.txt")),
                      ("hard exists", lambda: os.link("pkg/data.txt", "hard.txt")),
                      ("not a link", lambda: os.readlink("hard.txt")),
                      ("no link", lambda: os.readlink("nothing"))]:
        try:
            call()
        except OSError as e:
            print(bad, "->", type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
            print("   ", str(e))
    print("cwd unchanged by errors:", os.path.relpath(os.getcwd(), root))
    shutil.copytree("pkg", "pkg-copy", symlinks=True)
    print("copied:", sorted(os.listdir("pkg-copy")))
finally:
    os.chdir(start)
    shutil.rmtree(root)
print("back home:", os.getcwd() == start, os.path.exists(root))
