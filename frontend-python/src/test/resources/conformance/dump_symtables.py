"""Oracle for StdlibSymtableConformanceTest: prints, for every .py file of the running CPython's
standard library (subpackages and tests included, site-packages excluded), one line
"<path>\t<scope>\x1e<scope>..." with the file's scopes in preorder, each scope as
"<type> <name> <lineno>;<parameters>;<name>=<flags>,..." (names sorted, flags CPython's raw
symbol-table words, scope bits included), or "<path>\t!SKIP <reason>" when CPython cannot
build the tables."""
import os
import sys
import sysconfig
import platform
import warnings

warnings.simplefilter("ignore")
root = sysconfig.get_paths()["stdlib"]
out = sys.stdout
files = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
    for name in sorted(filenames):
        if name.endswith(".py"):
            files.append(os.path.join(dirpath, name))
impl = "" if platform.python_implementation() == "CPython" else platform.python_implementation() + "-"
out.write(f"#VERSION\t{impl}{sys.version.split()[0]}\n#ROOT\t{root}\n#COUNT\t{len(files)}\n")
if impl or sys.version_info[:2] != (3, 11):
    sys.exit(0)  # not the oracle: the test skips

import _symtable  # noqa: E402 (CPython's own tables, only once we know this is CPython 3.11)

TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}


def scopes(table, acc):
    syms = ",".join(f"{n}={f}" for n, f in sorted(table.symbols.items()))
    acc.append(f"{TYPES.get(table.type, table.type)} {table.name} {table.lineno};{','.join(table.varnames)};{syms}")
    for child in table.children:
        scopes(child, acc)
    return acc


for path in files:
    try:
        with open(path, "rb") as f:
            src = f.read()
        text = "\x1e".join(scopes(_symtable.symtable(src, path, "exec"), []))
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        text = "!SKIP " + type(e).__name__
    out.write(path + "\t" + text + "\n")
out.flush()
