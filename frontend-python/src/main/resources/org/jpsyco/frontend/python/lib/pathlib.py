"""Object-oriented filesystem paths: pure paths (string logic only) and concrete paths (I/O)."""

import fnmatch
import io
import os
import stat as _stat

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


class _PosixFlavour:
    sep = '/'
    altsep = ''
    is_posix = True

    @staticmethod
    def split_anchor(text):
        """(drive, root, rest): POSIX keeps exactly two leading slashes, three or more mean one."""
        if text.startswith('/'):
            if text.startswith('//') and not text.startswith('///'):
                return '', '//', text[2:]
            return '', '/', text.lstrip('/')
        return '', '', text

    @staticmethod
    def casefold(s):
        return s


class _WindowsFlavour:
    sep = '\\'
    altsep = '/'
    is_posix = False

    @staticmethod
    def split_anchor(text):
        text = text.replace('/', '\\')
        drv = ''
        if len(text) >= 2 and text[1] == ':' and text[0].isalpha():
            drv, text = text[:2], text[2:]
        elif text.startswith('\\\\') and not text.startswith('\\\\\\'):
            pieces = text[2:].split('\\')
            if len(pieces) >= 2 and pieces[0] and pieces[1]:
                drv = '\\\\' + pieces[0] + '\\' + pieces[1]
                text = text[len(drv):]
        root = '\\' if text.startswith('\\') else ''
        return drv, root, text.lstrip('\\')

    @staticmethod
    def casefold(s):
        return s.lower()


def _fspath_arg(a):
    if isinstance(a, str):
        return a
    if isinstance(a, PurePath):
        return str(a)
    r = os.fspath(a)
    if isinstance(r, str):
        return r
    raise TypeError('argument should be a str object or an os.PathLike object returning str, not %r'
                    % type(r))


class _PathParents:
    """The logical ancestors of a path, as an immutable sequence."""

    __slots__ = ('_path', '_count')

    def __init__(self, path):
        self._path = path
        self._count = len(path._tail)

    def __len__(self):
        return self._count

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._count)))
        if idx >= self._count or idx < -self._count:
            raise IndexError(idx)
        if idx < 0:
            idx += self._count
        p = self._path
        return p._from_parts(p._drv, p._root, p._tail[:self._count - idx - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path without I/O; PurePath() makes the flavour of this system."""

    __slots__ = ('_drv', '_root', '_tail', '_str', '_hash')
    _flavour = _PosixFlavour

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        flavour = cls._flavour
        drv, root, tail = '', '', []
        for a in args:
            text = _fspath_arg(a)
            d, r, rest = flavour.split_anchor(text)
            names = [x for x in rest.split(flavour.sep) if x and x != '.']
            if r or (d and d != drv):
                drv, root, tail = d or drv, r, names
            elif d:
                tail = tail + names
            else:
                tail = tail + names
        return cls._from_parts(drv, root, tail)

    @classmethod
    def _from_parts(cls, drv, root, tail):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._tail = list(tail)
        self._str = None
        self._hash = None
        return self

    def _same(self, drv, root, tail):
        return type(self)._from_parts(drv, root, tail)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            anchor = self._drv + self._root
            body = self._flavour.sep.join(self._tail)
            self._str = anchor + body if (anchor or body) else '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/'
        if self._flavour.is_posix:
            data = os.fsencode(str(self))
            prefix = 'file://'
        else:
            data = self.as_posix()[2:].encode('utf-8') if self._drv[1:2] == ':' else self.as_posix().encode('utf-8')
            prefix = 'file:///' + self._drv if self._drv[1:2] == ':' else 'file:'
        quoted = ''.join(chr(b) if b in safe else '%%%02X' % b for b in data)
        return prefix + quoted

    @property
    def _cparts(self):
        fold = self._flavour.casefold
        return [fold(p) for p in self.parts]

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._cparts == other._cparts

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(tuple(self._cparts))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    drive = property(lambda self: self._drv, doc='The drive prefix (letter or UNC path), if any.')
    root = property(lambda self: self._root, doc='The root of the path, if any.')

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        anchor = self._drv + self._root
        return tuple([anchor] + self._tail) if anchor else tuple(self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        d, r, rest = self._flavour.split_anchor(name)
        names = [x for x in rest.split(self._flavour.sep) if x and x != '.']
        if not name or name[-1] in (self._flavour.sep, self._flavour.altsep or '/') or d or r or len(names) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._same(self._drv, self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError('Invalid suffix %r' % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._same(self._drv, self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)(*other)
        mine, theirs = self._cparts, base._cparts
        n = len(theirs)
        anchor_ok = (self._drv + self._root) == (base._drv + base._root) if self._flavour.is_posix \
            else self._flavour.casefold(self.anchor) == self._flavour.casefold(base.anchor)
        if not anchor_ok or mine[:n] != theirs:
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute.'
                             .format(str(self), str(base)))
        skip = n - (1 if base.anchor else 0)
        return self._same('', '', self._tail[skip:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return type(self)._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return type(self)._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_args((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._same(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        if self._flavour.is_posix:
            return bool(self._root)
        return bool(self._drv and self._root)

    def is_reserved(self):
        if self._flavour.is_posix or not self._tail:
            return False
        stem = self._tail[-1].partition('.')[0].partition(':')[0].rstrip(' ').upper()
        return stem in {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} or \
            (len(stem) == 4 and stem[:3] in ('COM', 'LPT') and stem[3] in '123456789')

    def match(self, path_pattern):
        pat = type(self)(path_pattern)
        pat_parts = pat._cparts
        if not pat_parts:
            raise ValueError('empty pattern')
        parts = self._cparts
        if pat.anchor:
            if len(parts) != len(pat_parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path of the POSIX flavour."""
    __slots__ = ()
    _flavour = _PosixFlavour


class PureWindowsPath(PurePath):
    """A pure path of the Windows flavour."""
    __slots__ = ()
    _flavour = _WindowsFlavour


class Path(PurePath):
    """A path on this system's filesystem, with I/O methods."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        if not cls._flavour.is_posix if os.name != 'nt' else cls._flavour.is_posix:
            raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
        return cls._from_args(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    def _child(self, name):
        return self._same(self._drv, self._root, self._tail + [name])

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def samefile(self, other_path):
        st = self.stat()
        try:
            other = other_path.stat()
        except AttributeError:
            other = os.stat(other_path)
        return st.st_ino == other.st_ino and st.st_dev == other.st_dev

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._child(name)

    def _scan(self, dirs_only):
        try:
            with os.scandir(str(self)) as it:
                entries = list(it)
        except (PermissionError, FileNotFoundError, NotADirectoryError):
            return []
        except OSError:
            return []
        out = []
        for e in entries:
            try:
                if dirs_only and not e.is_dir():
                    continue
            except OSError:
                continue
            out.append(e)
        return out

    def _select(self, parts):
        if not parts:
            yield self
            return
        part, rest = parts[0], parts[1:]
        if part == '**':
            seen = set()
            for d in self._all_dirs():
                for p in d._select(rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
        elif part == '..':
            yield from self._child('..')._select(rest)
        elif any(c in part for c in '*?['):
            for e in self._scan(bool(rest)):
                if fnmatch.fnmatchcase(e.name, part):
                    yield from self._child(e.name)._select(rest)
        else:
            child = self._child(part)
            if rest:
                if child.is_dir():
                    yield from child._select(rest)
            elif child.exists() or child.is_symlink():
                yield child

    def _all_dirs(self):
        yield self
        for e in self._scan(True):
            try:
                if e.is_symlink():
                    continue
            except OSError:
                continue
            yield from self._child(e.name)._all_dirs()

    def glob(self, pattern):
        """Yields the existing paths under this one that match the relative pattern."""
        if not pattern:
            raise ValueError('Unacceptable pattern: {!r}'.format(pattern))
        pat = PurePosixPath(pattern) if self._flavour.is_posix else PureWindowsPath(pattern)
        if pat.anchor:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = list(pat._tail)
        if pattern.endswith('/') and parts and parts[-1] != '**':
            parts = parts
        yield from self._select(parts)

    def rglob(self, pattern):
        """glob() with '**/' in front of the pattern: matches at any depth."""
        pat = PurePosixPath(pattern)
        if pat.anchor:
            raise NotImplementedError('Non-relative patterns are unsupported')
        yield from self._select(['**'] + list(pat._tail))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(str(self))
        return type(self)(os.path.realpath(str(self.absolute())))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self)) if follow_symlinks else os.lstat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def owner(self):
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        if 'b' not in mode and encoding is None:
            encoding = 'utf-8' if False else None
        kwargs = {}
        if buffering != -1:
            kwargs['buffering'] = buffering
        if encoding is not None:
            kwargs['encoding'] = encoding
        if errors is not None:
            kwargs['errors'] = errors
        if newline is not None:
            kwargs['newline'] = newline
        return io.open(str(self), mode, **kwargs) if hasattr(io, 'open') else open(str(self), mode, **kwargs)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(memoryview(data))
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            os.utime(str(self), None)
            return
        with open(str(self), 'a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(str(self), mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target) if isinstance(target, PurePath) else target)
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), str(target) if isinstance(target, PurePath) else target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(str(target), str(self))

    def hardlink_to(self, target):
        os.link(str(target), str(self))

    def exists(self):
        try:
            self.stat()
        except (FileNotFoundError, NotADirectoryError):
            return False
        except OSError:
            return False
        except ValueError:
            return False
        return True

    def _mode(self, follow=True):
        try:
            return (self.stat() if follow else self.lstat()).st_mode
        except (OSError, ValueError):
            return None

    def is_dir(self):
        m = self._mode()
        return m is not None and _stat.S_ISDIR(m)

    def is_file(self):
        m = self._mode()
        return m is not None and _stat.S_ISREG(m)

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and _stat.S_ISLNK(m)

    def is_mount(self):
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent = (self / '..').stat()
        except OSError:
            return False
        st = self.stat()
        return st.st_dev != parent.st_dev or st.st_ino == parent.st_ino

    def is_block_device(self):
        m = self._mode()
        return m is not None and _stat.S_ISBLK(m)

    def is_char_device(self):
        m = self._mode()
        return m is not None and _stat.S_ISCHR(m)

    def is_fifo(self):
        m = self._mode()
        return m is not None and _stat.S_ISFIFO(m)

    def is_socket(self):
        m = self._mode()
        return m is not None and _stat.S_ISSOCK(m)

    def expanduser(self):
        if not self._drv and not self._root and self._tail and self._tail[0][:1] == '~':
            home = os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError('Could not determine home directory.')
            return type(self)(home, *self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on a Windows system."""
    __slots__ = ()
