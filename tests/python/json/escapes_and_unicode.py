"""JSON strings with escapes and non-ASCII text, with and without ensure_ascii, round-tripped."""
import json

messages = [
    {"user": "zoë", "text": "Prix : 5€ — offert !", "tags": ["café", "crème"]},
    {"user": "bob", "text": "tab\there, newline\nthere, quote \" and backslash \\", "tags": []},
    {"user": "emoji", "text": "party 😀🎉 time", "tags": ["😎"]},
    {"user": "ctrl", "text": "\x00\x01\x1f\x7f\x80\u2028\ufeff", "tags": ["\b\f\r"]},
    {"user": "", "text": "", "tags": [""]},
]

for m in messages:
    ascii_text = json.dumps(m, sort_keys=True)
    raw_text = json.dumps(m, ensure_ascii=False, sort_keys=True)
    print(ascii_text)
    print(raw_text)
    assert json.loads(ascii_text) == m and json.loads(raw_text) == m
    print(len(ascii_text), len(raw_text), ascii_text.isascii(), raw_text.isascii())

big = [{"id": i, "name": "item %d é" % i, "note": "x" * (i % 5) + '"' * (i % 2)} for i in range(300)]
text = json.dumps(big)
print(len(text), text[:120])
print(json.loads(text) == big)
print(json.dumps("\ud83d\ude00"), json.loads('"\\ud83d\\ude00"') == "😀")
