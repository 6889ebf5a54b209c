"""doctest's unittest integration: DocTestSuite and DocFileSuite turn the examples of a module
or a text file into unittest test cases (doctest imports them back)."""

import os
import sys
import unittest
from io import StringIO
from doctest import (DocTestFinder, DocTestParser, DocTestRunner, REPORTING_FLAGS)


# ---- unittest integration ----

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError('Only reporting flags allowed', flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        self._dt_test.globs.clear()

    def runTest(self):
        test = self._dt_test
        new = StringIO()
        optionflags = self._dt_optionflags
        if not optionflags & REPORTING_FLAGS:
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
        failures, tries = runner.run(test, out=new.write, clear_globs=False)
        if failures:
            raise self.failureException(self.format_failure(new.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        lname = '.'.join(test.name.split('.')[-1:])
        return 'Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s' % (
            test.name, test.filename, lineno, lname, err)

    def id(self):
        return self._dt_test.name

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return '%s (%s)' % (name[-1], '.'.join(name[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def test_skip(self):
        self.skipTest('DocTestSuite will not work with -O2 and above')

    def shortDescription(self):
        return 'Skipping tests from %s' % self.module.__name__


class DocFileCase(DocTestCase):
    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            self._dt_test.name, self._dt_test.filename, err)


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test case per docstring of module that has examples."""
    if test_finder is None:
        test_finder = DocTestFinder()
    if module is None:
        module = sys._getframe(1).f_globals['__name__']
    if isinstance(module, str):
        module = sys.modules[module]
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in tests:
        if not test.examples:
            continue
        if not test.filename:
            test.filename = getattr(module, '__file__', None)
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(), encoding=None,
                **options):
    globs = {} if globs is None else globs.copy()
    if module_relative:
        main = sys.modules.get('__main__')
        base = os.path.dirname(os.path.abspath(main.__file__)) if getattr(main, '__file__', None) else os.curdir
        path = os.path.join(base, *path.split('/'))
    with open(path, encoding=encoding or 'utf-8') as f:
        doc = f.read()
    name = os.path.basename(path)
    globs.setdefault('__file__', path)
    return DocFileCase(parser.get_doctest(doc, globs, name, path, 0), **options)


def DocFileSuite(*paths, **kw):
    suite = unittest.TestSuite()
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite
