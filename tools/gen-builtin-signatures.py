"""Writes the text signatures (__text_signature__) of CPython's built-in functions and of the
built-in types' methods, which jpsyco's built-ins report for inspect.signature. Run with
CPython 3.11: python3 tools/gen-builtin-signatures.py > frontend-python/src/main/resources/org/jpsyco/frontend/python/objects/builtin-signatures.txt"""
import builtins
import re
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
rows = {}
for name, value in vars(builtins).items():
    sig = getattr(value, "__text_signature__", None)
    if callable(value) and not isinstance(value, type) and sig:
        rows[name] = sig
    if isinstance(value, type):
        for attr, member in vars(value).items():
            sig = getattr(member, "__text_signature__", None)
            if isinstance(member, (classmethod, staticmethod)):
                sig = getattr(getattr(value, attr), "__text_signature__", None)
            if sig:
                rows[value.__name__ + "." + attr] = sig
print("# qualified name<TAB>__text_signature__ of CPython 3.11's built-ins (tools/gen-builtin-signatures.py)")
for key in sorted(rows):
    rows[key] = re.sub(r"\n\s*", " ", rows[key])  # one line each (only __import__'s is wrapped)
    assert "\t" not in rows[key] and "\n" not in rows[key], (key, rows[key])
    print(key + "\t" + rows[key])
