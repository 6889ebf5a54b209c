"""A word-count CLI: the program sets sys.argv the way a shell would, then parses it."""
import argparse
import sys

TEXT = {
    "poem.txt": "the cat sat on the mat\nthe dog sat on the log\n",
    "notes.txt": "buy milk\ncall bob about the cat\n",
}


def build_parser():
    parser = argparse.ArgumentParser(
        description="Count lines, words and characters of the given files.",
        epilog="Files are read from an in-memory table in this demo.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="files to count")
    parser.add_argument("-l", "--lines", action="store_true", help="print line counts")
    parser.add_argument("-w", "--words", action="store_true", help="print word counts")
    parser.add_argument("-c", "--chars", action="store_true", help="print character counts")
    parser.add_argument("--top", type=int, default=0, metavar="N", help="also show the N most common words")
    parser.add_argument("--sort", choices=["name", "size"], default="name", help="order of the report")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    return parser


def run(argv):
    sys.argv = ["wc.py"] + argv
    args = build_parser().parse_args()
    if not (args.lines or args.words or args.chars):
        args.lines = args.words = args.chars = True
    if args.verbose:
        print("args:", args)
    rows = []
    for name in args.files:
        text = TEXT.get(name, "")
        rows.append((name, text.count("\n"), len(text.split()), len(text)))
    if args.sort == "size":
        rows.sort(key=lambda r: -r[3])
    for name, lines, words, chars in rows:
        cols = []
        if args.lines:
            cols.append(f"{lines:4}")
        if args.words:
            cols.append(f"{words:4}")
        if args.chars:
            cols.append(f"{chars:5}")
        print(" ".join(cols), name)
    if args.top:
        freq = {}
        for name in args.files:
            for w in TEXT.get(name, "").split():
                freq[w] = freq.get(w, 0) + 1
        common = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:args.top]
        print("top:", ", ".join(f"{w}={n}" for w, n in common))


run(["poem.txt", "notes.txt"])
run(["-l", "poem.txt"])
run(["-wc", "--sort", "size", "notes.txt", "poem.txt"])
run(["--top", "3", "-vv", "poem.txt", "notes.txt"])
run(["--top=2", "-w", "--", "notes.txt"])
build_parser().print_help()
print(build_parser().format_usage(), end="")
run(["--help"])
print("not reached")
