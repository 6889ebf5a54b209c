"""fnmatch: shell-style wildcards (*, ?, [seq], [!seq]) matched against file names."""

import os
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def _compiled(pattern):
    r = _cache.get(pattern)
    if r is None:
        if isinstance(pattern, bytes):
            r = re.compile(translate(pattern.decode('latin-1')).encode('latin-1')).match
        else:
            r = re.compile(translate(pattern)).match
        if len(_cache) > 256:
            _cache.clear()
        _cache[pattern] = r
    return r


def fnmatch(name, pat):
    """Whether `name` matches the pattern (case as the file system compares it: exactly, on POSIX)."""
    return fnmatchcase(os.path.normcase(name), pat)


def fnmatchcase(name, pat):
    """Whether `name` matches the pattern, case included."""
    return _compiled(pat)(name) is not None


def filter(names, pat):
    """The names that match the pattern, in their order."""
    match = _compiled(pat)
    return [n for n in names if match(n)]


def translate(pat):
    """The regular expression (a str) that matches what the shell pattern `pat` matches."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            body = pat[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            if not body:
                out.append('(?!)' if not negate else '.')
                continue
            body = body.replace('\\', '\\\\').replace('[', '\\[')
            if body[0] == '^':
                body = '\\' + body
            out.append('[' + ('^' if negate else '') + body + ']')
        else:
            out.append(re.escape(c))
    return '(?s:' + ''.join(out) + ')\\Z'
