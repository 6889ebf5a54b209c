"""Oracle for StdlibAstConformanceTest: prints, for every .py file of the running CPython's
standard library (subpackages and tests included, site-packages excluded), one line
"<path>\t<crc32 of ast.dump(tree, include_attributes=True)>\t<ast.dump(tree)>", or
"<path>\t!SKIP <reason>" when CPython cannot parse the file."""
import ast
import os
import sys
import sysconfig
import warnings
import zlib

warnings.simplefilter("ignore")
root = sysconfig.get_paths()["stdlib"]
out = sys.stdout
files = []
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
    for name in sorted(filenames):
        if name.endswith(".py"):
            files.append(os.path.join(dirpath, name))
out.write(f"#VERSION\t{sys.version.split()[0]}\n#ROOT\t{root}\n#COUNT\t{len(files)}\n")
for path in files:
    try:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src, filename=path)
        located = ast.dump(tree, include_attributes=True)
        text = "%d\t%s" % (zlib.crc32(located.encode("utf-8", "surrogatepass")), ast.dump(tree))
    except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
        text = "!SKIP " + type(e).__name__
    out.write(path + "\t" + text + "\n")
out.flush()
