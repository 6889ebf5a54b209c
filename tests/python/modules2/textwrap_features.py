import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten(text, 20, placeholder="~"))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("one-two-three-four-five", width=8), textwrap.wrap("a-b", 8, break_on_hyphens=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("tab\there", 20), textwrap.wrap("tab\there", 20, tabsize=4))
code = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "+ ", predicate=lambda line: True))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" [...]")
print(w.wrap(text))
w2 = textwrap.TextWrapper(width=15, fix_sentence_endings=True, drop_whitespace=False)
print(w2.wrap("Hi there. How are you?"))
print(textwrap.fill("x " * 30, width=12).count("\n"), len(textwrap.wrap("word " * 100, 79)))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print("ValueError:", e)
for para in ["First paragraph is here.", "Second one, slightly longer than the first one."]:
    print(textwrap.fill(para, 20, initial_indent="    "))
    print()
