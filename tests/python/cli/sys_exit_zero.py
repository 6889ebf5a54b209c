import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
print(sys.argv[1:], len(sys.argv), sys.version_info[:2], sys.version_info >= (3, 11))
print(__name__, type(sys.path), sys.path[0] != None)
raise SystemExit
