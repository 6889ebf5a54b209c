"""unittest.main() as most test files end: the report goes to stderr and the exit status
says whether everything passed. The run time is made fixed through a runner whose
stream rewrites the 'Ran N tests in T' line."""
import re
import sys
import unittest


class FixedTimeStream:
    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(re.sub(r" in \d+\.\d+s", " in 0.000s", text))

    def flush(self):
        self.stream.flush()


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class FibTests(unittest.TestCase):
    def test_small(self):
        self.assertEqual([fib(i) for i in range(8)], [0, 1, 1, 2, 3, 5, 8, 13])

    def test_big(self):
        self.assertEqual(fib(20), 6765)

    def test_wrong(self):
        self.assertEqual(fib(10), 56)

    def test_error(self):
        fib("x")


if __name__ == "__main__":
    unittest.main(testRunner=unittest.TextTestRunner(stream=FixedTimeStream(sys.stderr)))
