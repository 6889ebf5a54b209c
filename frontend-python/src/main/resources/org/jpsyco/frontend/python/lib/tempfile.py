"""tempfile: temporary files and folders with unique names, removed when done with.

Names are made of a prefix, 8 random letters, digits or underscores, and a suffix, in the
folder gettempdir() chooses (TMPDIR, TEMP or TMP when set and usable, else /tmp, /var/tmp,
/usr/tmp, the current folder). Files are made with O_EXCL so a name is never taken twice.
"""

import os as _os
import random as _random
import shutil as _shutil
import weakref as _weakref

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory', 'mkstemp',
           'mkdtemp', 'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb',
           'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = None


def _names():
    global _rng
    if _rng is None:
        _rng = _random.Random()
    while True:
        yield ''.join(_rng.choice(_CHARS) for _ in range(8))


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _candidate_dirs():
    for env in ('TMPDIR', 'TEMP', 'TMP'):
        d = _os.getenv(env)
        if d:
            yield d
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    yield _os.getcwd()


def gettempdir():
    """The folder temporary files go to (chosen once)."""
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if d != _os.curdir:
                d = _os.path.abspath(d)
            if _os.path.isdir(d) and _os.access(d, _os.W_OK | _os.X_OK):
                tempdir = d
                break
        else:
            raise FileNotFoundError(2, 'No usable temporary directory found in %s' % list(_candidate_dirs()))
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def _parts(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, _os.fspath(dir)


def _mkstemp_inner(dir, pre, suf, flags):
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, pre + next(names) + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


_BIN_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new file readable and writable only by its owner; returns (an open descriptor, its absolute path)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new folder usable only by its owner; returns its absolute path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    """A name no file has now (deprecated: another program may take it before you do)."""
    if dir is None:
        dir = gettempdir()
    names = _names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


def _open_made(fd, path, mode, buffering, encoding, newline, errors):
    mode = mode.replace('x', 'w')
    # the file was made empty by mkstemp: open it by name for the file object (truncating an empty
    # file changes nothing; 'x' would refuse the file that now exists)
    _os.close(fd)
    return open(path, mode, buffering=buffering, encoding=encoding, newline=newline, errors=errors)


class _TemporaryFileWrapper:
    """A file object with a `name` that is removed when closed (if delete), also as a context manager."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object at 0x%x>' % id(self)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A new temporary file with a visible name (`.name`), removed on close when `delete`."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS)
    try:
        file = _open_made(fd, name, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                  *, errors=None):
    """A new temporary file, removed when closed (its name is not meant to be used)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)


class SpooledTemporaryFile(_TemporaryFileWrapper):
    """A temporary file (kept on disk here: the size threshold only matters for speed)."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        suffix, prefix, dir = _parts(suffix, prefix, dir)
        fd, name = _mkstemp_inner(dir, prefix, suffix, _BIN_FLAGS)
        super().__init__(_open_made(fd, name, mode, buffering, encoding, newline, errors), name, True)
        self._rolled = False

    def rollover(self):
        self._rolled = True


def _remove_tree(name, ignore_errors):
    _shutil.rmtree(name, ignore_errors=ignore_errors)


class TemporaryDirectory:
    """A new temporary folder (`.name`), removed with its contents by cleanup(), at the end of a
    `with` block, or at exit if still there."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(self, _remove_tree, self.name, ignore_cleanup_errors)

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
