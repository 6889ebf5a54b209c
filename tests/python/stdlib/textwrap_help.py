# Command-line help screens: options with descriptions wrapped in a right-hand column.
import textwrap

OPTIONS = [
    ("-h, --help", "Show this help message and exit."),
    ("-o FILE, --output=FILE", "Write the report to FILE instead of standard output; "
     "the file is created if it does not exist and truncated otherwise."),
    ("--max-width=N", "Wrap paragraphs at N columns (default: 72). Values below 20 are "
     "rounded up, because narrower columns make tables unreadable."),
    ("-q", "Quiet."),
    ("--very-long-option-name-that-overflows", "Options longer than the left column push "
     "their description onto the next line, indented to the description column."),
]

def render(width, left=24):
    wrapper = textwrap.TextWrapper(width=width, subsequent_indent=" " * left)
    lines = []
    for flags, desc in OPTIONS:
        if len(flags) + 2 < left:
            wrapper.initial_indent = "  " + flags.ljust(left - 2)
            lines.append(wrapper.fill(desc))
        else:
            lines.append("  " + flags)
            wrapper.initial_indent = " " * left
            lines.append(wrapper.fill(desc))
    return "\n".join(lines)

for width in (60, 80):
    print("usage: report [options] FILES...")
    print(render(width))
    print()

epilog = """\
    Examples:

        report -o out.txt data.csv
        report --max-width=40 *.csv

    Exit status is 0 on success and 2 on bad usage.
"""
print(textwrap.dedent(epilog))
print(textwrap.indent(textwrap.dedent(epilog).strip(), "| ", lambda line: True))

summary = "Processed 1,234 records from 17 files; 3 files had malformed rows which were skipped."
for width in (15, 25, 40, 100):
    print(repr(textwrap.shorten(summary, width)))
print(textwrap.wrap("one two three four five six", width=9, max_lines=2))
print(textwrap.wrap("one two three four five six", width=9, max_lines=2, placeholder="..."))
print(textwrap.fill("x " * 30, width=12, max_lines=3))
wrapper = textwrap.TextWrapper(width=20, break_on_hyphens=False, fix_sentence_endings=True)
print(wrapper.wrap("Dr. Who arrived.  He left. She stayed! Why? Unknown."))
print(wrapper.wrap("long-hyphenated-identifier-name-goes-here and more"))
print(textwrap.wrap("ABC-DEFGHIJ-KLMNOPQRST", 8), textwrap.wrap("---- dashes -- inside --words--here", 8))
