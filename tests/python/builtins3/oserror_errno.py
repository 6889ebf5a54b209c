import errno

# OSError picks its subclass from the errno, as code that raises OS errors by hand expects.
for code in (errno.ENOENT, errno.EACCES, errno.EPERM, errno.EEXIST, errno.EISDIR, errno.ENOTDIR,
             errno.EAGAIN, errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET, errno.ETIMEDOUT,
             errno.ECHILD, errno.ESRCH, errno.EINTR, errno.EINVAL, 9999):
    e = OSError(code, "message")
    print(code, errno.errorcode.get(code), type(e).__name__, repr(e), str(e))

e = OSError(errno.ENOENT, "No such file or directory", "data.csv")
print(repr(e), "|", e, "|", e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(errno.EXDEV, "Invalid cross-device link", "a.txt", None, "b.txt")
print(repr(e), "|", e, "|", e.filename, e.filename2)
e = OSError(errno.EACCES, "Permission denied", None, None, "b.txt")
print(repr(e), "|", e, "|", e.filename, e.filename2)
for args in [(), ("just a message",), (2,), ("a", "b"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, e.args, repr(str(e)), e.errno, e.strerror, e.filename)

print(FileNotFoundError("missing").errno, FileNotFoundError(2, "gone", "f").filename)
e = OSError(2, "x")
e.errno = 5
e.strerror = "changed"
print(e)
print(IOError is OSError, EnvironmentError is OSError)


class ConfigError(OSError):
    pass


e = ConfigError(errno.ENOENT, "no config", "app.ini")
print(type(e).__name__, e.args, e, e.filename)


class WrappedError(OSError):
    def __init__(self, message):
        super().__init__(message)


print(WrappedError("plain").args, WrappedError("plain").errno)

try:
    open("/nonexistent/dir/file.txt")
except OSError as err:
    print(type(err).__name__, err.errno == errno.ENOENT, err.strerror, err.filename)
    print(err)

try:
    raise OSError(errno.ENOENT, "not there", "thing")
except FileNotFoundError as err:
    print("caught", err)

print(errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.ENOENT], errno.ENOSPC)
