"""A command-line tool built with argparse; the argument lists are given in the program."""
import argparse
import sys


def build_parser():
    p = argparse.ArgumentParser(prog="wordtool", description="Count and transform words.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--sep", default=" ", help="word separator (default: %(default)r)")
    sub = p.add_subparsers(dest="command", required=True)
    count = sub.add_parser("count", help="count words")
    count.add_argument("words", nargs="+")
    count.add_argument("--top", type=int, default=3)
    count.add_argument("--ignore-case", "-i", action="store_true")
    tr = sub.add_parser("transform", help="change words")
    tr.add_argument("words", nargs="*")
    tr.add_argument("--mode", choices=["upper", "lower", "title", "reverse"], default="upper")
    tr.add_argument("--repeat", type=int, default=1, metavar="N")
    return p


def run(argv):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return f"exit {e.code}"
    if args.command == "count":
        words = [w.lower() for w in args.words] if args.ignore_case else args.words
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:args.top]
        result = args.sep.join(f"{w}:{n}" for w, n in top)
    else:
        f = {"upper": str.upper, "lower": str.lower, "title": str.title, "reverse": lambda s: s[::-1]}[args.mode]
        result = args.sep.join(f(w) for w in args.words * args.repeat)
    if args.verbose:
        result = f"[{args.command} v{args.verbose}] " + result
    return result


sys.stderr = sys.stdout
for argv in (["count", "a", "b", "a", "c", "b", "a"],
             ["-vv", "count", "--top", "2", "-i", "A", "a", "B"],
             ["--sep", ",", "transform", "--mode", "title", "hello", "world"],
             ["transform", "--mode=reverse", "--repeat", "2", "abc"],
             ["transform"],
             ["count"],
             ["transform", "--mode", "shout", "x"],
             ["count", "--top", "many", "x"],
             [],
             ["frobnicate"],
             ["count", "x", "--bogus"]):
    print(f"{argv} -> {run(argv)}")
ns = build_parser().parse_args(["count", "x"])
print(sorted(vars(ns).items()))
build_parser().print_usage()
