"""JSONDecodeError messages, positions, lines and columns."""
import json

DOCS = ['', ' ', '[1,', '[1,]', '{"a" 1}', '{"a":1,}', '{"a":1 "b":2}', '{1:2}', '{"a"', '[1 2]', '"abc',
        '"a\\qb"', '"\\u12x4"', '"\\u00"', '[1] x', '"a\x01b"', 'nul', 'tru', '-', '01', '1.', '.5', '+1',
        '\ufeff[1]', '[\n  1,\n  2,\n]', '{\n  "k": [\n    true,\n    fals\n  ]\n}', "{'single': 1}", '[1, 2',
        '{"a": {"b": [}}', '"\\', '[NaN, nan]', '1e', '-Infinity-']
for doc in DOCS:
    try:
        value = json.loads(doc)
        print(f"{doc!r}: ok {value!r}")
    except json.JSONDecodeError as e:
        print(f"{doc!r}: {e}")
        print(f"    msg={e.msg!r} pos={e.pos} lineno={e.lineno} colno={e.colno} doc_is_input={e.doc == doc}")

print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
try:
    json.loads("[1, 2, oops]")
except ValueError as e:
    print("caught as ValueError:", e)
for bad in [None, 42, ["[]"]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
err = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(err, err.lineno, err.colno, err.args)
