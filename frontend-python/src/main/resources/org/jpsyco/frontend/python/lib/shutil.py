"""shutil: copying, moving and removing files and folder trees, and finding programs (which)."""

import os
import stat as _stat
import sys

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'move', 'rmtree',
           'Error', 'SameFileError', 'SpecialFileError', 'ExecError', 'ReadError', 'RegistryError', 'chown',
           'ignore_patterns', 'which', 'get_terminal_size', 'disk_usage']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries fails."""


nt = None  # the Windows module, absent here as on every POSIX system


def _account_id(table, name):
    # the numeric id of a user (/etc/passwd) or group (/etc/group) named name, or None
    try:
        with open(table, encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) > 2 and fields[0] == name:
                    return int(fields[2])
    except OSError:
        pass
    return None


def chown(path, user=None, group=None):
    """Change the owner user and/or group of path, given by name or number."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    ids = []
    for value, table, kind in ((user, '/etc/passwd', 'user'), (group, '/etc/group', 'group')):
        if value is None:
            ids.append(-1)
        elif isinstance(value, str):
            found = _account_id(table, value)
            if found is None:
                raise LookupError("no such {}: {!r}".format(kind, value))
            ids.append(found)
        else:
            ids.append(value)
    os.chown(path, *ids)


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not supported on a special file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of file object fsrc to file object fdst, `length` bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return os.path.abspath(src) == os.path.abspath(dst)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file src to file dst (made or replaced); returns dst."""
    if _same(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    os.chmod(dst, _stat.S_IMODE(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits and the access and modification times of src to dst."""
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, _stat.S_IMODE(st.st_mode))


def _target(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies the data and permission bits of file src to dst (a file, or a folder to copy into); returns the new file."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """As copy, also copying the access and modification times."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """A copytree `ignore` callable that skips the names matching any of the glob-style patterns."""
    import fnmatch

    def _ignore(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copies the folder tree src to dst (which must not exist unless dirs_exist_ok); returns dst."""
    with os.scandir(src) as it:
        entries = list(it)
    names = [e.name for e in entries]
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        s = os.path.join(src, entry.name)
        d = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink() and symlinks:
                os.symlink(os.readlink(s), d)
            elif entry.is_dir():
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Removes the folder tree at path: its files and folders, then itself."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError('Cannot call rmtree on a symbolic link')
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree(path, onerror)


def _rmtree(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        entries = []
    for entry in entries:
        full = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    return os.path.basename(path.rstrip(os.sep))


def move(src, dst, copy_function=copy2):
    """Moves the file or folder src to dst (or into dst when it is a folder); returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if os.path.abspath(real_dst).startswith(os.path.abspath(src).rstrip(os.sep) + os.sep):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` found in the folders of PATH (or `path`), or None."""
    if os.path.dirname(cmd):
        if os.path.exists(cmd) and os.access(cmd, mode) and not os.path.isdir(cmd):
            return cmd
        return None
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for folder in path.split(os.pathsep):
        if folder in seen:
            continue
        seen.add(folder)
        name = os.path.join(folder, cmd)
        if os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name):
            return name
    return None


_usage = None


def disk_usage(path):
    """The total, used and free bytes of the file system that holds path."""
    global _usage
    if _usage is None:
        from collections import namedtuple
        _usage = namedtuple('usage', 'total used free')
        _usage.__module__ = 'shutil'
    return _usage(*os._disk_usage(os.fspath(path)))


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from COLUMNS and LINES, else from the terminal standard output
    is, else the fallback."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
