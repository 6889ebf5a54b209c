"""Inventory arithmetic, documented and tested with doctest.

>>> stock = Inventory()
>>> stock.add("apple", 3)
>>> stock.add("pear", 2)
>>> stock.count()
5
"""
import contextlib
import doctest
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Inventory:
    """A bag of named items.

    >>> inv = Inventory()
    >>> inv.add("nail", 10)
    >>> inv.remove("nail", 4)
    6
    >>> inv.remove("screw")
    Traceback (most recent call last):
        ...
    KeyError: 'screw'
    """

    def __init__(self):
        self.items = {}

    def add(self, name, n=1):
        """Adds n items.

        >>> i = Inventory(); i.add("x"); i.add("x", 2); i.items
        {'x': 3}
        """
        self.items[name] = self.items.get(name, 0) + n

    def remove(self, name, n=1):
        left = self.items[name] - n
        if left < 0:
            raise ValueError("only %d %s left" % (self.items[name], name))
        self.items[name] = left
        return left

    def count(self):
        return sum(self.items.values())

    def report(self):
        """A table of the items.

        >>> inv = Inventory()
        >>> for name, n in [("bolt", 12), ("washer", 100)]:
        ...     inv.add(name, n)
        >>> print(inv.report())
        bolt       12
        washer    100
        <BLANKLINE>
        total     112
        """
        lines = ["%-8s %5d" % kv for kv in sorted(self.items.items())]
        return "\n".join(lines + ["", "%-8s %5d" % ("total", self.count())])


def price(qty, unit):
    """Total price, rounded to cents.

    >>> price(3, 0.1)
    0.3
    >>> price(1, 1/3)   # doctest: +ELLIPSIS
    0.33...
    >>> price(2, 2.5) == 5.0
    True
    >>> list(range(12))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5,
     6, 7, 8, 9, 10, 11]
    """
    return round(qty * unit, 2)


def broken(x):
    """Examples that fail, to show the report.

    >>> broken(2)
    5
    >>> broken(-1)
    0
    >>> int("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> broken(None)
    Traceback (most recent call last):
    TypeError: '<' not supported between instances of 'NoneType' and 'int'
    >>> print("skipped")  # doctest: +SKIP
    never
    """
    if x < 0:
        return None
    return x * 2


def undocumented():
    return 1


__test__ = {"extra": """
>>> price(10, 0.25)
2.5
>>> [Inventory().count() for _ in range(2)]
[0, 0]
"""}


def run(**kw):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = doctest.testmod(**kw)
    print(out.getvalue().replace(HERE, ""), end="")
    print(result)


run()
run(verbose=True)
run(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    doctest.run_docstring_examples(price, {"price": price}, verbose=True, name="price")
    doctest.run_docstring_examples(broken, {"broken": broken}, name="broken")
print(out.getvalue().replace(HERE, ""), end="")
parser = doctest.DocTestParser()
for ex in parser.get_examples(Inventory.__doc__):
    print(ex.lineno, repr(ex.source), repr(ex.want), repr(ex.exc_msg))
print(doctest.script_from_examples(price.__doc__))
checker = doctest.OutputChecker()
print(checker.check_output("a ... z\n", "a b c z\n", doctest.ELLIPSIS), checker.check_output("1\n", "True\n", 0))
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1])[:4])
