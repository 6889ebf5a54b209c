"""A tiny markdown-to-HTML converter built on re."""
import re

DOC = """# Release notes

Version **2.1** brings *faster* startup and `--quiet` mode.
See [the docs](https://example.org/docs?a=1&b=2) for details.

## Changes

- Added a **cache** for `parse()`
- Fixed <script> escaping & quotes "here"
- Removed the *legacy* flag

1. Install it
2. Run `tool --help`

> Quoted text
> continues here

```
code <kept> as is
  indented
```

Trailing paragraph with a_snake_case_name and 2*3*4 math.
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: "<code>" + m.group(1) + "</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>'),
]


def inline(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def convert(doc):
    out = []
    lines = doc.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            block = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                block.append(lines[i].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                i += 1
            out.append("<pre><code>" + "\n".join(block) + "</code></pre>")
            i += 1
            continue
        m = re.match(r"(#{1,6})\s+(.*)", line)
        if m:
            level = len(m.group(1))
            slug = re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m.group(2))}</h{level}>')
            i += 1
            continue
        for marker, tag in ((r"[-*]\s+", "ul"), (r"\d+\.\s+", "ol")):
            if re.match(marker, line):
                items = []
                while i < len(lines) and re.match(marker, lines[i]):
                    items.append("  <li>" + inline(re.sub("^" + marker, "", lines[i])) + "</li>")
                    i += 1
                out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
                break
        else:
            if line.startswith(">"):
                quote = []
                while i < len(lines) and lines[i].startswith(">"):
                    quote.append(inline(lines[i][1:].strip()))
                    i += 1
                out.append("<blockquote>" + " ".join(quote) + "</blockquote>")
            elif line.strip():
                para = []
                while i < len(lines) and lines[i].strip() and not re.match(r"[#>`]|[-*]\s|\d+\.\s", lines[i]):
                    para.append(inline(lines[i].strip()))
                    i += 1
                out.append("<p>" + " ".join(para) + "</p>")
            else:
                i += 1
    return "\n".join(out)


print(convert(DOC))
words = re.findall(r"\b[a-z]{5,}\b", DOC.lower())
print(len(words), sorted(set(words))[:8])
print(re.sub(r"(?m)^(\s*)[-*] ", r"\1• ", "- a\n  * b\n- c"))
print(re.split(r"\s*[;,]\s*", "a ; b,c ,d"), re.findall(r"(\w+)=(\d+)", "x=1 y=22 z=abc"))
