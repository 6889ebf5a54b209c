#!/usr/bin/env python3
"""Regenerates frontend-python/src/test/resources/syntax-errors/*.expected with CPython 3.11.

Each case NAME.py is compiled with compile(source, "NAME.py", "exec") (the source read as
text, as the runtime's compile() does); NAME.expected receives one "key: value" line per
SyntaxError attribute. text is written as a Python repr. Run from the repository root."""
import glob
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("CPython 3.11 is the oracle; this is " + sys.version)
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                    "frontend-python", "src", "test", "resources", "syntax-errors")
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    name = os.path.basename(path)
    with open(path, encoding="utf-8", newline="") as f:
        src = f.read()
    try:
        compile(src, name, "exec")
    except SyntaxError as e:
        lines = [
            "type: " + type(e).__name__,
            "msg: " + e.msg,
            "lineno: %s" % e.lineno,
            "offset: %s" % e.offset,
            "end_lineno: %s" % e.end_lineno,
            "end_offset: %s" % e.end_offset,
            "text: " + repr(e.text),
        ]
    else:
        sys.exit(name + " compiles without error")
    with open(path[:-3] + ".expected", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
print("regenerated", len(glob.glob(os.path.join(here, "*.expected"))), "expected files")
