import os
import sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "lib_modules")
sys.path.insert(0, LIB)


print("program __name__ =", __name__)
import guarded
print("imported:", guarded.main())
print("guarded.__name__:", guarded.__name__)


def main():
    print("main() of the program runs")
    return 0


if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("never printed")
