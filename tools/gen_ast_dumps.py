#!/usr/bin/env python3
"""Regenerates frontend-python/src/test/resources/ast-dumps/*.dump with CPython 3.11.

Each NAME.py gets NAME.dump: ast.dump(ast.parse(source), include_attributes=True), one line.
These golden dumps let AstDumpGoldenTest check trees and positions without python3."""
import ast
import glob
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("CPython 3.11 is the oracle; this is " + sys.version)
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                    "frontend-python", "src", "test", "resources", "ast-dumps")
for path in sorted(glob.glob(os.path.join(here, "*.py"))):
    with open(path, "rb") as f:
        tree = ast.parse(f.read(), filename=os.path.basename(path))
    with open(path[:-3] + ".dump", "w", encoding="utf-8", newline="\n") as f:
        f.write(ast.dump(tree, include_attributes=True) + "\n")
print("regenerated", len(glob.glob(os.path.join(here, "*.dump"))), "dumps")
