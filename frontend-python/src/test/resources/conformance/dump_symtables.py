"""Oracle for StdlibSymtableConformanceTest: prints, for every .py file of the running CPython's
standard library (subpackages and tests included, site-packages excluded), one line
"<path>\t<scope>\x1e<scope>..." with the file's scopes in preorder, each scope as
"<type> <name> <lineno>;<parameters>;<name>=<flags>,..." (names sorted, flags CPython's raw
symbol-table words, scope bits included), or "<path>\t!SKIP <reason>" when CPython cannot
build the tables."""
import _symtable
import os
import sys
import sysconfig
import warnings

warnings.simplefilter("ignore")
root = sysconfig.get_paths()["stdlib"]
out = sys.stdout
TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}
files = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
    for name in sorted(filenames):
        if name.endswith(".py"):
            files.append(os.path.join(dirpath, name))
out.write(f"#VERSION\t{sys.version.split()[0]}\n#ROOT\t{root}\n#COUNT\t{len(files)}\n")


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
