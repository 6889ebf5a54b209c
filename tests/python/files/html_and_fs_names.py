# Rendering a directory listing as HTML and reading names back: html.escape / html.unescape,
# os.fsencode / os.fsdecode, fnmatch.
import fnmatch
import html
import os

files = ["index.html", "notes & ideas.txt", "<draft>.md", 'say "hi".txt', "tom's.py", "data.csv"]
rows = []
for name in files:
    rows.append(f'<li><a href="{html.escape(name)}">{html.escape(name, quote=False)}</a></li>')
page = "<ul>\n" + "\n".join(rows) + "\n</ul>"
print(page)

print(html.unescape(page) == page.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
      .replace("&quot;", '"').replace("&#x27;", "'"))
for text in ["&lt;b&gt;bold&lt;/b&gt;", "caf&eacute; &amp; cr&egrave;me", "&copy; 2024 &mdash; &hellip;",
             "&#65;&#x42;&#x43;", "5 &lt 6 &gt 4", "&notin; &notit; &amp", "&#0; &#x80; &#128512;",
             "no entities here", "&unknown; & &; &#;", "&AElig;&Aacute&aacute;&nbsp;|"]:
    print(repr(html.unescape(text)))

raw = [b"report.txt", b"caf\xc3\xa9.txt", b"bad\xffname.txt"]
for b in raw:
    name = os.fsdecode(b)
    print(len(name), os.fsencode(name) == b, ascii(name))
print(os.fspath("plain.txt"), os.fsencode("plain.txt"), os.fsdecode("already str"))


class Doc:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


print(os.fspath(Doc("docs/a.md")), os.path.join("root", os.fspath(Doc("x.txt"))))
try:
    os.fspath(42)
except TypeError as e:
    print("TypeError:", e)

print(fnmatch.filter(files, "*.txt"))
print([f for f in files if fnmatch.fnmatch(f, "[!<]*.?s*")])
print(fnmatch.fnmatchcase("Data.CSV", "*.csv"), fnmatch.fnmatch("data.csv", "d?ta.*"))
