"""Filename pattern expansion in the style of the Unix shell: *, ?, [seq] and recursive **."""

import fnmatch
import os
import re

__all__ = ['glob', 'iglob', 'escape']

_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def escape(pathname):
    """Escapes every magic character, so the pattern matches pathname literally."""
    if isinstance(pathname, bytes):
        return _MAGIC_BYTES.sub(br'[\1]', pathname)
    return _MAGIC.sub(r'[\1]', pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Returns the paths matching pathname (in directory order, not sorted)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Yields the paths matching pathname one by one."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    if not pathname:
        return iter(())
    return _Globber(root_dir, recursive, include_hidden).run(pathname)


class _Globber:
    """One expansion: the pattern is cut at '/' and matched one component at a time."""

    def __init__(self, root_dir, recursive, include_hidden):
        self.root = root_dir
        self.recursive = recursive
        self.hidden = include_hidden

    def fs(self, path):
        """The real path of a result path (results are relative to root_dir when given)."""
        if self.root is None:
            return path or os.curdir
        return os.path.join(self.root, path) if path else self.root

    def run(self, pathname):
        if not has_magic(pathname):
            if pathname.endswith('/'):
                if os.path.isdir(self.fs(pathname)):
                    yield pathname
            elif os.path.lexists(self.fs(pathname)):
                yield pathname
            return
        anchor = ''
        body = pathname
        if body.startswith('/'):
            stripped = body.lstrip('/')
            anchor = body[:len(body) - len(stripped)]
            body = stripped
        yield from self.expand(anchor, body.split('/'))

    def listdir(self, path, dirs_only):
        try:
            with os.scandir(self.fs(path)) as it:
                entries = []
                for e in it:
                    try:
                        if dirs_only and not e.is_dir():
                            continue
                    except OSError:
                        continue
                    entries.append(e.name)
                return entries
        except OSError:
            return []

    @staticmethod
    def join(prefix, name):
        if not prefix:
            return name
        if prefix.endswith('/'):
            return prefix + name
        return prefix + '/' + name

    def expand(self, prefix, comps):
        comp, rest = comps[0], comps[1:]
        last = not rest
        if comp == '':
            # A trailing slash: the match so far must be a directory, and keeps its slash.
            if last and prefix and os.path.isdir(self.fs(prefix)):
                yield prefix if prefix.endswith('/') else prefix + '/'
            elif not last:
                yield from self.expand(prefix, rest)
            return
        if self.recursive and comp == '**':
            dirs_only = not last
            for sub in self.walk(prefix, dirs_only):
                if last:
                    if sub or prefix:
                        yield self.join(prefix, sub) if sub else (prefix if prefix.endswith('/') else prefix + '/')
                else:
                    yield from self.expand(self.join(prefix, sub) if sub else prefix, rest)
            return
        if not has_magic(comp):
            path = self.join(prefix, comp)
            if last:
                if os.path.lexists(self.fs(path)):
                    yield path
            elif os.path.isdir(self.fs(path)):
                yield from self.expand(path, rest)
            return
        names = self.listdir(prefix, not last)
        if not self.hidden and not comp.startswith('.'):
            names = [n for n in names if not n.startswith('.')]
        for name in _filter(names, comp):
            path = self.join(prefix, name)
            if last:
                yield path
            else:
                yield from self.expand(path, rest)

    def walk(self, prefix, dirs_only):
        """'' (the directory itself), then every path under it, parents before children."""
        yield ''
        yield from self._walk(prefix, '', dirs_only)

    def _walk(self, prefix, rel, dirs_only):
        base = self.join(prefix, rel) if rel else prefix
        try:
            with os.scandir(self.fs(base)) as it:
                entries = list(it)
        except OSError:
            return
        for e in entries:
            if not self.hidden and e.name.startswith('.'):
                continue
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            if dirs_only and not is_dir:
                continue
            sub = rel + '/' + e.name if rel else e.name
            yield sub
            if is_dir and not e.is_symlink():
                yield from self._walk(prefix, sub, dirs_only)


def _filter(names, pattern):
    return [n for n in names if fnmatch.fnmatchcase(n, pattern)]
