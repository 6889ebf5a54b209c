import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="fetch", description="Fetch things.", epilog="Have fun.")
p.add_argument("url", help="where to fetch from")
p.add_argument("dest", nargs="?", default="out.bin", help="output file")
p.add_argument("-n", "--count", type=int, default=1, help="how many times")
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--header", action="append", default=[], metavar="H")
p.add_argument("--level", choices=["low", "high"], default="low")
p.add_argument("--ratio", type=float)
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--version", action="version", version="fetch 1.0")
grp = p.add_mutually_exclusive_group()
grp.add_argument("--json", action="store_true")
grp.add_argument("--xml", action="store_true")


def parse(argv):
    try:
        ns = p.parse_args(argv)
        return sorted(ns.__dict__.items())
    except SystemExit as e:
        return f"SystemExit({e.code})"


print(parse(["http://x"]))
print(parse(["http://x", "file.txt", "-n", "3", "-q", "--header", "A: 1", "--header=B: 2", "--level", "high"]))
print(parse(["--ratio", "0.25", "--no-cache", "u", "--json"]))
print(parse(["-qn5", "u"]))
print(parse(["u", "--", "-dashed"]))
print(parse([]))
print(parse(["u", "-n", "x"]))
print(parse(["u", "--level", "mid"]))
print(parse(["u", "--json", "--xml"]))
print(parse(["u", "a", "b"]))
print(parse(["--version"]))
p.print_help()
known, rest = p.parse_known_args(["u", "--extra", "1"])
print(known.url, rest)
q = argparse.ArgumentParser(prog="sum")
q.add_argument("nums", type=int, nargs="+")
q.add_argument("--op", default="sum", choices=("sum", "max"))
args = q.parse_args(["1", "2", "3", "--op", "max"])
print(args.nums, args.op, max(args.nums) if args.op == "max" else sum(args.nums))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns.a, "b" in ns, argparse.Namespace() == argparse.Namespace())
