"""Convert a small Markdown subset to HTML with a chain of substitutions."""
import re

DOC = """# Release notes

Version **2.1** brings _faster_ parsing and `re` support.

## Changes
- Added [docs](https://example.com/docs) and [API](/api)
- Fixed **bold _nested_ text**
- Escaped <tags> & ampersands

Code: `a < b` and `x*y*z`.
Contact: team@example.com or ops@example.org
"""


def inline(text):
    text = re.sub(r"&", "&amp;", text)
    text = re.sub(r"<", "&lt;", text)
    text = re.sub(r">", "&gt;", text)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)
    text = re.sub(r"\b([\w.]+@[\w.]+\.\w+)\b", lambda m: f'<a href="mailto:{m.group(1)}">{m.group(1)}</a>', text)
    return text


def convert(doc):
    out = []
    in_list = False
    for block in re.split(r"\n{2,}", doc.strip()):
        lines = block.split("\n")
        for line in lines:
            h = re.match(r"(#{1,6})\s+(.*)", line)
            item = re.match(r"[-*]\s+(.*)", line)
            if item and not in_list:
                out.append("<ul>")
                in_list = True
            if not item and in_list:
                out.append("</ul>")
                in_list = False
            if h:
                n = len(h.group(1))
                out.append(f"<h{n}>{inline(h.group(2))}</h{n}>")
            elif item:
                out.append(f"  <li>{inline(item.group(1))}</li>")
            elif line.strip():
                out.append(f"<p>{inline(line)}</p>")
        if in_list:
            out.append("</ul>")
            in_list = False
    return "\n".join(out)


print(convert(DOC))
headings = re.findall(r"^(#+)\s+(.+)$", DOC, re.M)
print([(len(h), t) for h, t in headings])
print(re.findall(r"\[([^\]]+)\]\(([^)]+)\)", DOC))
words = re.findall(r"[A-Za-z']+", DOC)
print(len(words), sorted(set(w.lower() for w in words if len(w) > 6)))
