# The helpers the site module puts in builtins, as scripts meet them.
import sys

print(repr(exit), "|", repr(quit), "|", type(exit).__name__)
print(repr(help))
print(repr(license))
print(credits)
print(copyright)
print(sys.copyright == repr(copyright) or sys.copyright[:9])
print(callable(exit), callable(help), callable(copyright))

credits()


def area(width, height=2, *args, scale: float = 1.0, **opts) -> float:
    """Compute the area.

    Multiplies width by height.
    """
    return width * height * scale


def nodoc(a, /, b, *, c):
    pass


def one_liner():
    "One line."


class Shape:
    """A shape with a name."""

    sides = 0
    kind = "generic"
    _hidden = 1

    def __init__(self, name):
        """Make one."""
        self.name = name

    def describe(self):
        """Say what it is."""
        return self.name

    @staticmethod
    def unit():
        return 1

    @classmethod
    def named(cls, name):
        """Build from a name."""
        return cls(name)

    @property
    def label(self):
        """The label."""
        return "x"

    @property
    def size(self):
        return 1

    @size.setter
    def size(self, value):
        pass


class Empty:
    pass


help(area)
help(nodoc)
help(one_liner)
help(Shape)
help(Empty)
help(lambda x, y=1: x)
help(Shape("s").describe)

try:
    exit(3)
except SystemExit as e:
    print("exit raised SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("quit raised SystemExit", e.code)
