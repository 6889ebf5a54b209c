"""Runs the interactive examples in docstrings and text files and checks their output,
reporting in the format of CPython 3.11's doctest.

An example is a `>>> ` line (with `... ` continuation lines) followed by the output it should
print, up to a blank line or the next example. `testmod()` collects the docstrings of a module,
its functions, classes and methods (and its `__test__` dict), runs each docstring's examples in
a fresh copy of the module's globals and prints a report of the failures; `testfile()` does
the same for a text file and `run_docstring_examples()` for one object.
"""

import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple
from io import StringIO

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
    'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF',
    'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest',
    'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'DocTestFailure',
    'UnexpectedException', 'DebugRunner', 'testmod', 'testfile', 'run_docstring_examples',
    'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags', 'script_from_examples', 'testsource',
    'debug_src', 'debug',
]

TestResults = namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE | ELLIPSIS | SKIP
                    | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'
_DIVIDER = '*' * 70


def _indent(text, indent=4):
    return re.sub('(?m)^(?!$)', indent * ' ', text)


class Example:
    """One example: its source, expected output (`want`), expected exception message,
    line offset within its docstring, indentation and option directives."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg) == \
            (other.source, other.want, other.lineno, other.indent, other.options, other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in and where they come from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        count = 'no examples' if n == 0 else '1 example' if n == 1 else '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (self.__class__.__name__, self.name, self.filename, self.lineno, count)

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno or -1, id(self))
                < (other.name, other.filename, other.lineno or -1, id(other)))


class DocTestParser:
    """Splits a docstring into text and Examples."""

    _PROMPT = re.compile(r'^([ ]*)>>>( |$)')
    _DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
    _TRACEBACK = re.compile(r'^Traceback \((?:most recent call last|innermost last)\):\s*$')

    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        lines = string.split('\n')
        margin = min((len(l) - len(l.lstrip()) for l in lines if l.strip()), default=0)
        if margin > 0:
            lines = [l[margin:] for l in lines]
        output = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            m = self._PROMPT.match(lines[i])
            if not m:
                text.append(lines[i])
                i += 1
                continue
            output.append('\n'.join(text) + ('\n' if text else ''))
            text = []
            indent = len(m.group(1))
            start = i
            source_lines = [lines[i]]
            i += 1
            while i < n and re.match(r'^ {%d}\.\.\.( |$)' % indent, lines[i]):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < n and lines[i].strip() and not self._PROMPT.match(lines[i]):
                want_lines.append(lines[i])
                i += 1
            self._check_prompt_blank(source_lines, indent, name, start)
            for j, wl in enumerate(want_lines):
                if wl[:indent].strip():
                    raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                     % (start + len(source_lines) + j + 1, name, wl))
            source = '\n'.join(sl[indent + 4:] for sl in source_lines)
            want = '\n'.join(wl[indent:] for wl in want_lines)
            if want_lines:
                want += '\n'
            exc_msg = None
            m_tb = self._TRACEBACK.match(want.split('\n', 1)[0]) if want else None
            if m_tb:
                # the message is what follows the indented stack lines
                body = want.split('\n')[1:]
                k = 0
                while k < len(body) and (body[k].startswith((' ', '\t')) or body[k].strip() == '...'):
                    k += 1
                exc_msg = '\n'.join(body[k:])
            options = self._options(source, name, start)
            if not self._is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=start, indent=indent + margin,
                                      options=options))
        output.append('\n'.join(text))
        return output

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _options(self, source, name, lineno):
        options = {}
        for m in self._DIRECTIVE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        return options

    @staticmethod
    def _is_blank_or_comment(source):
        return all(not l.strip() or l.strip().startswith('#') for l in source.split('\n'))

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]


class DocTestFinder:
    """Collects the DocTests of an object and of what it defines."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        filename = getattr(module, '__file__', None) if module is not None else None
        source_lines = linecache.getlines(filename) if filename else None
        if self._verbose:
            print('Finding tests in %s' % name)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj) or isinstance(obj, property):
            return getattr(obj, '__module__', None) == module.__name__
        if inspect.isroutine(obj):
            return getattr(obj, '__module__', None) == module.__name__
        return True

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if inspect.ismodule(obj) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                if (inspect.isroutine(inspect.unwrap(val)) or inspect.isclass(val)) and self._from_module(module, val):
                    self._find(tests, val, valname, module, source_lines, globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r' % (type(valname),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname), module, source_lines, globs, seen)
        if inspect.isclass(obj) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__ or ''
                if not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        filename = getattr(module, '__file__', None) if module is not None else None
        if filename and filename.endswith('.pyc'):
            filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        if inspect.ismodule(obj):
            lineno = 0
        if inspect.isclass(obj) and source_lines:
            pat = re.compile(r'^\s*class\s*%s\b' % getattr(obj, '__name__', '-'))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            # the docstring starts on the first line after that which opens a string
            pat = re.compile(r'(^|.*:)\s*\w*("|\')')
            for n in range(lineno, len(source_lines)):
                if pat.match(source_lines[n]):
                    return n
        return None


class OutputChecker:
    """Decides whether actual output matches the expected output under the option flags."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF) and want.count('\n') > 2 and got.count('\n') > 2:
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                diff = list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    start, end = 0, len(got)
    first, last = pieces[0], pieces[-1]
    if first:
        if not got.startswith(first):
            return False
        start = len(first)
        del pieces[0]
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
        del pieces[-1]
    if start > end:
        return False
    for piece in pieces:
        where = got.find(piece, start, end)
        if where < 0:
            return False
        start = where + len(piece)
    return True


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


def _exception_only(exc_type, exc_value):
    return traceback.format_exception_only(exc_type, exc_value)[-1]


class DocTestRunner:
    """Runs DocTests, reports each failure as it happens and sums up with summarize()."""

    DIVIDER = _DIVIDER

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if out is None:
            out = sys.stdout.write
        saved_stdout = sys.stdout
        capture = StringIO()
        failures = tries = 0
        original_flags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        try:
            for index, example in enumerate(test.examples):
                quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
                self.optionflags = original_flags
                for flag, on in example.options.items():
                    if on:
                        self.optionflags |= flag
                    else:
                        self.optionflags &= ~flag
                if self.optionflags & SKIP:
                    continue
                tries += 1
                if not quiet:
                    self.report_start(out, test, example)
                filename = '<doctest %s[%d]>' % (test.name, index)
                # tracebacks show the example's source line, as for a file
                linecache.cache[filename] = (len(example.source), None, example.source.splitlines(True), filename)
                exception = None
                sys.stdout = capture
                try:
                    exec(compile(example.source, filename, 'single', 0, True), test.globs)
                except KeyboardInterrupt:
                    raise
                except BaseException:
                    exception = sys.exc_info()
                finally:
                    sys.stdout = saved_stdout
                got = capture.getvalue()
                capture.seek(0)
                capture.truncate()
                outcome = FAILURE
                if exception is None:
                    if check(example.want, got, self.optionflags):
                        outcome = SUCCESS
                else:
                    exc_msg = _exception_only(*exception[:2])
                    if not quiet:
                        got += _exception_traceback(exception)
                    if example.exc_msg is None:
                        outcome = BOOM
                    elif check(example.exc_msg, exc_msg, self.optionflags):
                        outcome = SUCCESS
                    elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                        if check(_strip_exception_details(example.exc_msg), _strip_exception_details(exc_msg),
                                 self.optionflags):
                            outcome = SUCCESS
                if outcome is SUCCESS:
                    if not quiet:
                        self.report_success(out, test, example, got)
                elif outcome is FAILURE:
                    if not quiet:
                        self.report_failure(out, test, example, got)
                    failures += 1
                else:
                    if not quiet:
                        self.report_unexpected_exception(out, test, example, exception)
                    failures += 1
                if failures and self.optionflags & FAIL_FAST:
                    break
        finally:
            self.optionflags = original_flags
            if clear_globs:
                test.globs.clear()
        self._name2ft[test.name] = (failures, tries)
        self.failures += failures
        self.tries += tries
        return TestResults(failures, tries)

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                for name in sorted(notests):
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                for name, count in sorted(passed):
                    print(' %3d tests in %s' % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (f, t) in sorted(failed):
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(total_tries, 'tests in', len(self._name2ft), 'items.')
            print(total_tries - total_failures, 'passed and', total_failures, 'failed.')
        if total_failures:
            print('***Test Failed***', total_failures, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            if name in self._name2ft:
                f0, t0 = self._name2ft[name]
                f, t = f + f0, t + t0
            self._name2ft[name] = (f, t)


class DebugRunner(DocTestRunner):
    """Raises at the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


def _strip_exception_details(msg):
    # "pkg.mod.Error: detail" -> "Error"
    start, end = 0, len(msg)
    i = msg.find('\n')
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _exception_traceback(exc_info):
    return ''.join(traceback.format_exception(*exc_info))


master = None


def _run_tests(tests, verbose, optionflags, raise_on_error, report):
    runner = (DebugRunner if raise_on_error else DocTestRunner)(verbose=verbose, optionflags=optionflags)
    for test in tests:
        runner.run(test)
    if report:
        runner.summarize()
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (default __main__); returns
    TestResults(failed, attempted) after printing CPython's report."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    tests = finder.find(m, name, globs=globs, extraglobs=extraglobs)
    return _run_tests(tests, verbose, optionflags, raise_on_error, report)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples in a text file as one docstring."""
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    if module_relative:
        if os.path.isabs(filename):
            raise ValueError('Module-relative files may not have absolute paths')
        if package is not None:
            base = os.path.dirname(getattr(package, '__file__', '') if not isinstance(package, str)
                                   else sys.modules[package].__file__)
        else:
            main = sys.modules.get('__main__')
            base = os.path.dirname(os.path.abspath(main.__file__)) if getattr(main, '__file__', None) else os.curdir
        path = os.path.join(base, *filename.split('/'))
    else:
        path = filename
    with open(path, encoding=encoding or 'utf-8') as f:
        text = f.read()
    if name is None:
        name = os.path.basename(path)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    test = parser.get_doctest(text, globs, name, path, 0)
    return _run_tests([test], verbose, optionflags, raise_on_error, report)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None, optionflags=0):
    """Runs the examples of f's own docstring (not of what it defines), reporting failures."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    """The examples of s as a script; the expected output becomes comments."""
    out = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            out.append(piece.source[:-1])
            if piece.want:
                out.append('# Expected:')
                out += ['## ' + l for l in piece.want.split('\n')[:-1]]
        else:
            out += [('# ' + l if l.strip() else '#') for l in piece.split('\n')[:-1]]
    while out and out[-1] == '#':
        out.pop()
    while out and out[0] == '#':
        out.pop(0)
    return '\n'.join(out) + '\n'


def testsource(module, name):
    """The examples of the docstring of module's object `name`, as a script."""
    if isinstance(module, str):
        module = sys.modules[module]
    tests = [t for t in DocTestFinder().find(module) if t.name == name]
    if not tests:
        raise ValueError(name, 'not found in tests')
    return script_from_examples(tests[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError('doctest.debug_src needs pdb, which jpsyco does not provide')


def debug(module, name, pm=False):
    raise NotImplementedError('doctest.debug needs pdb, which jpsyco does not provide')


from _doctest_unittest import (  # noqa: E402  (the unittest integration, in its own file)
    _unittest_reportflags, set_unittest_reportflags, DocTestCase, SkipDocTestCase, DocFileCase,
    DocTestSuite, DocFileTest, DocFileSuite)

for _cls in (DocTestCase, SkipDocTestCase, DocFileCase):
    _cls.__module__ = __name__
for _fn in (set_unittest_reportflags, DocTestSuite, DocFileTest, DocFileSuite):
    _fn.__module__ = __name__
del _cls, _fn


def _test():
    import argparse
    parser = argparse.ArgumentParser(description='doctest runner')
    parser.add_argument('-v', '--verbose', action='store_true', default=False)
    parser.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(), default=[])
    parser.add_argument('-f', '--fail-fast', action='store_true')
    parser.add_argument('file', nargs='+')
    args = parser.parse_args()
    options = 0
    for option in args.option:
        options |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= FAIL_FAST
    for filename in args.file:
        if filename.endswith('.py'):
            dirname, base = os.path.split(filename)
            sys.path.insert(0, dirname)
            import importlib
            m = importlib.import_module(base[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=args.verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=args.verbose, optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(_test())
