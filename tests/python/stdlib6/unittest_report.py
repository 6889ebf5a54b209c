"""A small test module for a shopping cart, run with unittest.main(exit=False); the report
goes to a StringIO and the line with the run time is replaced before printing."""
import io
import os
import logging
import re
import sys
import unittest
import warnings


class Cart:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty=1):
        if price < 0:
            raise ValueError(f"negative price for {name}: {price}")
        if qty == 0:
            warnings.warn("adding zero items", UserWarning)
        old = self.items.get(name, (price, 0))
        self.items[name] = (price, old[1] + qty)
        logging.getLogger("cart").info("added %d x %s", qty, name)

    def total(self):
        return round(sum(p * q for p, q in self.items.values()), 2)


events = []


def setUpModule():
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")


class CartTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        self.cart = Cart()
        self.addCleanup(events.append, "cleanup")

    def test_total(self):
        """The total sums price times quantity."""
        self.cart.add("apple", 0.5, 4)
        self.cart.add("pear", 0.75)
        self.assertEqual(self.cart.total(), 2.75)
        self.assertAlmostEqual(self.cart.total(), 2.7500001)

    def test_negative_price(self):
        with self.assertRaises(ValueError) as cm:
            self.cart.add("bad", -1)
        self.assertEqual(str(cm.exception), "negative price for bad: -1")
        self.assertRaisesRegex(ValueError, r"price for \w+", self.cart.add, "x", -2)

    def test_logs_and_warnings(self):
        with self.assertLogs("cart", level="INFO") as logs:
            self.cart.add("plum", 1.0, 2)
        self.assertEqual(logs.output, ["INFO:cart:added 2 x plum"])
        with self.assertWarns(UserWarning):
            self.cart.add("fig", 1.0, 0)
        with self.assertNoLogs("cart", level="ERROR"):
            self.cart.add("kiwi", 0.2)

    def test_wrong_total(self):
        self.cart.add("melon", 3)
        self.assertEqual(self.cart.total(), 4, "melons cost more")

    def test_broken(self):
        self.cart.add("lemon", 1)
        return self.cart.items["lime"]

    def test_quantities(self):
        for qty in range(4):
            with self.subTest(qty=qty):
                self.cart.add("egg", 0.1, qty) if qty else None
                self.assertLess(qty, 2)

    @unittest.skip("not implemented yet")
    def test_discounts(self):
        self.fail("never runs")

    @unittest.skipIf(sys.maxsize > 2, "big platform")
    def test_small_platform(self):
        pass

    @unittest.skipUnless(sys.maxsize > 2, "small platform")
    def test_big_platform(self):
        self.assertTrue(sys.maxsize > 2)

    @unittest.expectedFailure
    def test_known_rounding_bug(self):
        self.assertEqual(0.1 + 0.2, 0.3)


class MessageTests(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertTrue(0),
            lambda: self.assertFalse([1]),
            lambda: self.assertEqual(1, 2),
            lambda: self.assertNotEqual("a", "a"),
            lambda: self.assertIs(None, False),
            lambda: self.assertIsNot(None, None),
            lambda: self.assertIsNone(0),
            lambda: self.assertIsNotNone(None),
            lambda: self.assertIn(4, [1, 2, 3]),
            lambda: self.assertNotIn("b", "abc"),
            lambda: self.assertIsInstance(3, str),
            lambda: self.assertNotIsInstance(3, int),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2),
            lambda: self.assertLess(3, 2),
            lambda: self.assertLessEqual(3, 2),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.25),
            lambda: self.assertAlmostEqual(1.0, 1.01, places=3),
            lambda: self.assertNotAlmostEqual(1.0, 1.00000001),
            lambda: self.assertRegex("hello", r"^w"),
            lambda: self.assertNotRegex("hello", r"l+"),
            lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2, 3]),
            lambda: self.assertSetEqual({1, 2}, {2, 3}),
            lambda: self.assertEqual({1}, {1, 2}),
            lambda: self.assertEqual(1, 2, msg="extra"),
            lambda: self.assertRaises(KeyError, dict, a=1),
            lambda: self.assertRaises(TypeError, lambda: None),
            lambda: self.assertRaisesRegex(ValueError, "x+", int, "abc"),
            lambda: self.assertEqual("x" * 100, "x" * 99 + "y") if False else self.fail("plain"),
            lambda: self.assertRaises(3),
            lambda: self.assertAlmostEqual(1, 2, places=2, delta=1),
        ]
        for i, check in enumerate(checks):
            try:
                check()
            except (AssertionError, TypeError) as e:
                print(i, type(e).__name__, "|", e)
            else:
                print(i, "passed")
        with self.assertRaises(AssertionError) as cm:
            with self.assertRaises(ZeroDivisionError):
                pass
        print(cm.exception)
        with self.assertRaises(AssertionError) as cm:
            with self.assertLogs("quiet"):
                pass
        print(cm.exception)
        with self.assertRaises(AssertionError) as cm:
            with self.assertWarns(DeprecationWarning):
                pass
        print(cm.exception)
        self.longMessage = False
        try:
            self.assertEqual(5, 6, "short only")
        except AssertionError as e:
            print(e)


def report(verbosity):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    program = unittest.main(module=__name__, argv=["cart_tests"], exit=False,
                            testRunner=runner)
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in X.XXXs", stream.getvalue())
    print(text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))
    result = program.result
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())


if __name__ == "__main__":
    report(1)
    print(events)
    events.clear()
    report(2)
    suite = unittest.TestSuite()
    suite.addTest(CartTests("test_total"))
    suite.addTests([CartTests("test_negative_price"), MessageTests("test_messages")])
    print(suite.countTestCases(), repr(CartTests("test_total")), CartTests("test_total").id())
    print(CartTests("test_total").shortDescription())
    result = unittest.TestResult()
    with open("/dev/null", "w") as sink:
        saved, sys.stdout = sys.stdout, sink
        suite.run(result)
        sys.stdout = saved
    print(result, result.wasSuccessful())
    print(unittest.TestLoader().getTestCaseNames(CartTests))
    try:
        CartTests("test_missing")
    except ValueError as e:
        print(e)
