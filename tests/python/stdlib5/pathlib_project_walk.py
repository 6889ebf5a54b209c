# Scaffolds a project in a temp folder with pathlib, then walks it to build an inventory report.
import tempfile
from pathlib import Path, PurePosixPath

root = Path(tempfile.mkdtemp())
layout = {
    "README.md": "# demo\n",
    "setup.cfg": "[metadata]\nname = demo\n",
    "src/demo/__init__.py": "",
    "src/demo/core.py": "def add(a, b):\n    return a + b\n",
    "src/demo/util/strings.py": "def shout(s):\n    return s.upper()\n",
    "tests/test_core.py": "from demo.core import add\n\nassert add(1, 2) == 3\n",
    "docs/index.rst": "Demo\n====\n",
    ".git/config": "[core]\n",
}
for rel, text in layout.items():
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)

def rel(p):
    return p.relative_to(root).as_posix()

print("top level:", sorted(p.name + ("/" if p.is_dir() else "") for p in root.iterdir()))
py_files = sorted(root.rglob("*.py"))
for p in py_files:
    lines = p.read_text().splitlines()
    print(f"{rel(p):32} {len(lines):3} lines  package={p.parent.name!r}")

sizes = {}
for p in sorted(root.glob("**/*")):
    if p.is_file():
        sizes[p.suffix or "(none)"] = sizes.get(p.suffix or "(none)", 0) + p.stat().st_size
print("bytes by suffix:", dict(sorted(sizes.items())))

# Renaming a module and moving docs around.
core = root / "src/demo/core.py"
moved = core.rename(core.with_stem("engine"))
print("renamed:", rel(moved), "old exists:", core.exists())
backup = (root / "README.md").replace(root / "docs" / "README.md")
print("moved:", rel(backup))
print("hidden files via glob('*'):", sorted(p.name for p in root.glob("*") if p.name.startswith(".")))

# Pure paths: no filesystem needed.
for text in ["src/demo/", "./a/../b", "/usr//local/bin/", "..", "a/b/c.tar.gz", "//server/share"]:
    p = PurePosixPath(text)
    print(repr(p), p.parts, repr(p.name), repr(p.suffix), p.parent, p.is_absolute())
p = PurePosixPath("/srv/app/static/css/site.min.css")
print([str(x) for x in p.parents][:3], p.parents[-1], len(p.parents))
print(p.match("*.css"), p.match("static/*/*.css"), p.match("/*.css"))
print(p.with_suffix(".map"), p.stem, p.suffixes)

# Cleaning up with pathlib only, deepest first.
for p in sorted(root.rglob("*"), key=lambda q: len(q.parts), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
root.rmdir()
print("cleaned:", not root.exists())
