"""A git-like tool with subcommands, aliases, a version flag and per-command options."""
import argparse
import sys


def cmd_add(args):
    print(f"adding {len(args.paths)} path(s): {', '.join(args.paths)}{' (forced)' if args.force else ''}")


def cmd_commit(args):
    print(f"commit {'--amend ' if args.amend else ''}with message {args.message!r}")


def cmd_log(args):
    for i in range(args.n):
        print(f"  commit {i:04x}" + (" (oneline)" if args.oneline else ""))


parser = argparse.ArgumentParser(prog="minigit", description="A tiny version control front end.")
parser.add_argument("--version", action="version", version="%(prog)s 0.3.1")
parser.add_argument("-C", dest="directory", default=".", help="run as if started in DIR")
sub = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND", required=True)
p_add = sub.add_parser("add", help="add file contents to the index")
p_add.add_argument("paths", nargs="+", help="files to add")
p_add.add_argument("-f", "--force", action="store_true", help="allow adding ignored files")
p_add.set_defaults(func=cmd_add)
p_commit = sub.add_parser("commit", aliases=["ci"], help="record changes to the repository")
p_commit.add_argument("-m", "--message", required=True, help="commit message")
p_commit.add_argument("--amend", action="store_true", help="amend the previous commit")
p_commit.set_defaults(func=cmd_commit)
p_log = sub.add_parser("log", help="show commit logs")
p_log.add_argument("-n", type=int, default=3, help="number of commits (default: %(default)s)")
p_log.add_argument("--oneline", action="store_true")
p_log.set_defaults(func=cmd_log)

sys.stderr = sys.stdout
for argv in (["add", "a.py", "b.py"], ["-C", "/tmp", "add", "-f", "x"], ["commit", "-m", "first"],
             ["ci", "--amend", "-m", "fix typo"], ["log"], ["log", "-n", "2", "--oneline"]):
    args = parser.parse_args(argv)
    print(">", " ".join(argv), "| dir =", args.directory, "| command =", args.command)
    args.func(args)

for argv in ([], ["push"], ["add"], ["commit"], ["log", "-n", "many"], ["--version"], ["log", "--help"],
             ["-h"], ["add", "x", "--bogus"]):
    print(">", " ".join(argv))
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("[exit status]", e.code)
