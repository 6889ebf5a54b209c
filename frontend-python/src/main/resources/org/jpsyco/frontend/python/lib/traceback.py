"""Extract, format and print exceptions and stack traces as the interpreter shows them.

Each traceback entry is formatted by the runtime's own traceback display (source line and
^^^ markers included), so print_exc() writes exactly what an uncaught exception would.
"""

import sys
import _traceback_support as _support
from contextlib import suppress

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_cause_message = "\nThe above exception was the direct cause of the following exception:\n\n"
_context_message = "\nDuring handling of the above exception, another exception occurred:\n\n"
_OWN_FILE = __file__


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name and the source line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._text = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _support.getline(self.filename, self.lineno)
        return self._line.strip()


def _summary(entry):
    filename, lineno, name, text = entry
    f = FrameSummary(filename, lineno, name, lookup_line=False)
    f._text = text
    return f


def _limit_entries(entries, limit, from_end):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[-limit:] if from_end and limit else ([] if limit == 0 else entries[:limit])
    return entries[:-limit] if from_end else entries[limit:]


class StackSummary(list):
    """A list of FrameSummary objects that knows how to format itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._text is not None:
            return frame_summary._text
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or last_line is None
                    or last_line != frame_summary.lineno or last_name is None
                    or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(count, 's' if count > 1 else ''))
        return result


def extract_tb(tb, limit=None):
    """The entries of a traceback, outermost first, as a StackSummary."""
    entries = _support.tb_entries(tb) if tb is not None else []
    return StackSummary(_summary(e) for e in _limit_entries(entries, limit, False))


def _current_stack():
    entries = _support.stack_entries()
    while entries and entries[-1][0] == _OWN_FILE:
        entries.pop()
    return entries


def extract_stack(f=None, limit=None):
    """The entries of the current stack, outermost first, without this module's own frames."""
    return StackSummary(_summary(e) for e in _limit_entries(_current_stack(), limit, True))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    return StackSummary(_summary(e) for e in _limit_entries(_current_stack(), limit, True)).format()


def print_stack(f=None, limit=None, file=None):
    print_list(StackSummary(_summary(e) for e in _limit_entries(_current_stack(), limit, True)), file=file)


_sentinel = object()


def _exception_of(exc, value):
    if value is _sentinel:
        return exc
    return value


def format_exception_only(exc, /, value=_sentinel):
    """The final lines of a traceback: the exception type and message (and notes)."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if isinstance(exc, type):
        return [exc.__qualname__ + '\n' if exc.__module__ in ('__main__', 'builtins')
                else exc.__module__ + '.' + exc.__qualname__ + '\n']
    lines = _support.exception_only(exc).splitlines(True)
    notes = getattr(exc, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            note = note if isinstance(note, str) else repr(note)
            lines.append(note + '\n')
    return lines


def _format_chain(exc, limit, chain, seen, output):
    seen.add(id(exc))
    if chain:
        cause = exc.__cause__
        context = exc.__context__
        if cause is not None and id(cause) not in seen:
            _format_chain(cause, limit, chain, seen, output)
            output.append(_cause_message)
        elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
            _format_chain(context, limit, chain, seen, output)
            output.append(_context_message)
    tb = exc.__traceback__
    if tb is not None:
        output.append('Traceback (most recent call last):\n')
        output.extend(format_tb(tb, limit))
    output.extend(format_exception_only(exc))


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines print_exception would print."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    output = []
    _format_chain(exc, limit, chain, set(), output)
    return output


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints an exception with its traceback (and its causes and contexts) to file or sys.stderr."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled, as the interpreter would."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    pass


def walk_tb(tb):
    """(frame, line) of each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line) from frame f (the caller's caller by default) out through its callers."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class TracebackException:
    """An exception captured for later formatting: type, message, stack, cause and context."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._str = _safe_str(exc_value)
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        self._limit = limit
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, _seen=_seen)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, 'filename', None)
            lno = getattr(exc_value, 'lineno', None)
            self.lineno = str(lno) if lno is not None else None
            self.text = getattr(exc_value, 'text', None)
            self.offset = getattr(exc_value, 'offset', None)
            self.msg = getattr(exc_value, 'msg', None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield _cause_message
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield _context_message
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
