"""Oracle for StdlibAstConformanceTest: prints, for every .py file of the running CPython's
standard library (subpackages and tests included, site-packages excluded), one line
"<path>\t<ast.dump of the file>" or "<path>\t!SKIP <reason>" when CPython cannot parse it."""
import ast
import os
import sys
import sysconfig
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
out.write(f"#ROOT\t{root}\n#COUNT\t{len(files)}\n")
for path in files:
    try:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src, filename=path)
        text = ast.dump(tree)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        text = "!SKIP " + type(e).__name__
    out.write(path + "\t" + text + "\n")
out.flush()
