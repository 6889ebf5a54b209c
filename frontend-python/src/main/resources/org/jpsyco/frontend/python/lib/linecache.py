"""Lines of source files, read on demand (what tracebacks and warnings show)."""

import _traceback_support as _support

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of filename with its newline, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of filename, with their newlines."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    lines = _support.read_lines(filename)
    if lines:
        cache[filename] = lines
    return lines


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def lazycache(filename, module_globals):
    return False
