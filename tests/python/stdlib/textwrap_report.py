# Formatting a plain-text report: paragraphs filled to a width, indented blocks, summaries.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "breaks long lines at whitespace and after hyphens in well-known "
        "compound-words, but never inside URLs like http://example.com/a-very-long-path "
        "unless it has to.  Sentences end.  Em-dashes--like this one--are kept together.")

for width in (20, 35, 50, 72):
    print("=" * width)
    print(textwrap.fill(text, width))

print(textwrap.wrap(text, 30, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", 5))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("tab\tseparated\tcolumns", 12))
print(textwrap.wrap("tab\tseparated\tcolumns", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine!", 60, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))

w = textwrap.TextWrapper(width=40, initial_indent="  * ", subsequent_indent="    ")
for item in ["First bullet point with enough text to wrap onto a second line.",
             "Second, shorter point."]:
    print(w.fill(item))

w2 = textwrap.TextWrapper(width=30, max_lines=2, placeholder=" ...")
print(w2.fill(text))
print(textwrap.shorten("Hello  world!   This is a long sentence.", width=20))
print(textwrap.shorten("Hello world", width=11))
print(textwrap.shorten(text, 60, placeholder=" [more]"))
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)

code = '''
    def greet(name):
        if name:
            print("hi", name)
   
        return None
'''
print(textwrap.dedent(code))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("  x\n    y\n  \n")))
print(textwrap.indent("one\ntwo\n\nthree\n", "> "))
print(textwrap.indent("one\n\ntwo", "+ ", predicate=lambda line: True))

rows = [("alpha", "The first letter, used widely in science."),
        ("omega", "The last letter; also a symbol for ohms and for the end of things.")]
for key, desc in rows:
    lines = textwrap.wrap(desc, 30)
    print("%-8s%s" % (key, lines[0]))
    for rest in lines[1:]:
        print(" " * 8 + rest)
