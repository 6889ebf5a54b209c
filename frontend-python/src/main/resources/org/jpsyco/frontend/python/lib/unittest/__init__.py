"""Unit testing: TestCase classes whose test_* methods are collected by a TestLoader, run by a
TextTestRunner, and reported the way CPython's unittest reports them.

    import unittest

    class TestWidget(unittest.TestCase):
        def test_size(self):
            self.assertEqual(Widget().size, (50, 50))

    if __name__ == '__main__':
        unittest.main()
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'getTestCaseNames', 'makeSuite', 'findTestCases',
           'enterModuleContext', 'doModuleCleanups']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader, getTestCaseNames, makeSuite, findTestCases
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult

_results = {}


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return bool(_results.pop(result, None))


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise AttributeError("unittest.IsolatedAsyncioTestCase needs asyncio, "
                             "which jpsyco does not provide")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
