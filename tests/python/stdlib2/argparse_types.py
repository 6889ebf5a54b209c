"""Types, defaults, nargs, append/extend/const actions, mutually exclusive groups and known args."""
import argparse
import sys


def port(text):
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"port out of range: {value}")
    return value


def make():
    p = argparse.ArgumentParser(prog="serve", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument("root", nargs="?", default="public", help="directory to serve")
    p.add_argument("--port", type=port, default=8000, help="TCP port")
    p.add_argument("--bind", default="127.0.0.1", help="address to bind")
    p.add_argument("--header", action="append", default=[], metavar="NAME:VALUE", help="extra header")
    p.add_argument("--ext", action="extend", nargs="+", help="served extensions")
    p.add_argument("--gzip", action="store_const", const=9, dest="compression", help="compress")
    p.add_argument("--ratio", type=float, nargs=2, metavar=("LOW", "HIGH"), help="bounds")
    p.add_argument("--cache", action=argparse.BooleanOptionalAction, default=True, help="enable caching")
    g = p.add_mutually_exclusive_group()
    g.add_argument("-q", "--quiet", action="store_true", help="say nothing")
    g.add_argument("-v", "--verbose", action="store_true", help="say everything")
    adv = p.add_argument_group("advanced", "options for experts")
    adv.add_argument("--workers", type=int, choices=range(1, 5), default=2, help="worker count")
    adv.add_argument("--log-level", default="info", choices=["debug", "info", "error"], help="verbosity")
    return p


p = make()
p.print_help()
for argv in ([], ["site", "--port", "9000", "--header", "X-A:1", "--header", "X-B:2"],
             ["--ext", "html", "css", "--ext", "js", "--gzip", "-v"], ["--ratio", "0.5", "1.5", "--no-cache"],
             ["--workers", "4", "--log-level", "debug", "--bind=0.0.0.0"], ["-q", "--", "-odd-name"]):
    print(p.parse_args(argv))
ns, rest = p.parse_known_args(["--port", "81", "--unknown", "x", "docs"])
print(ns.port, ns.root, rest)
sys.stderr = sys.stdout
for argv in (["--port", "0"], ["--port", "http"], ["-q", "-v"], ["--workers", "9"], ["--ratio", "1"],
             ["--log-level", "loud"], ["a", "b"], ["--gzip=3"]):
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("[exit status]", e.code)
ns = argparse.Namespace(x=1, y=[2])
print(ns, ns == argparse.Namespace(x=1, y=[2]), "x" in ns, vars(ns))
print(argparse.ArgumentParser(prog="x", description="d"))
print(p._actions[0])
print(p.get_default("port"), p.get_default("root"))
