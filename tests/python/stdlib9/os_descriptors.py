# Low-level file descriptors: os.open/read/write/lseek/fstat/dup/pipe/... with CPython's errors,
# and os.fdopen / io.FileIO over them.
import io
import os
import sys
import tempfile

work = tempfile.mkdtemp()
path = os.path.join(work, 'data.bin')

fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o640)
print('write', os.write(fd, b'hello, descriptors'), 'at', os.lseek(fd, 0, os.SEEK_CUR))
print('seek end', os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10), os.read(fd, 10))
os.lseek(fd, 0, os.SEEK_SET)
print('read', os.read(fd, 5), 'pread', os.pread(fd, 11, 7), 'pos', os.lseek(fd, 0, os.SEEK_CUR))
print('pwrite', os.pwrite(fd, b'HELLO', 0), os.pread(fd, 100, 0))
st = os.fstat(fd)
print('fstat', st.st_size, oct(st.st_mode & 0o777), st.st_mode & 0o170000 == 0o100000, st == os.stat(path))
os.ftruncate(fd, 5)
print('ftruncate', os.fstat(fd).st_size, os.pread(fd, 100, 0))
os.truncate(path, 2)
print('truncate', os.stat(path).st_size)
print('inheritable', os.get_inheritable(fd), 'blocking', os.get_blocking(fd))
os.set_inheritable(fd, True)
os.set_blocking(fd, False)
print('after set', os.get_inheritable(fd), os.get_blocking(fd))
os.set_blocking(fd, True)

dup = os.dup(fd)
print('dup differs', dup != fd, 'dup inheritable', os.get_inheritable(dup))
os.lseek(dup, 0, os.SEEK_SET)
print('shared offset', os.lseek(fd, 0, os.SEEK_CUR))
spare = os.open(path, os.O_RDONLY)
print('dup2 returns target', os.dup2(fd, spare) == spare, os.dup2(fd, spare, inheritable=False) == spare)
os.closerange(spare, spare + 1)
for bad in (spare, dup + 1000):
    try:
        os.fstat(bad)
    except OSError as e:
        print('closed:', type(e).__name__, e.errno, e.strerror)
os.fsync(fd)
os.fdatasync(fd)
os.close(dup)
os.close(fd)
for call, args in ((os.close, (fd,)), (os.read, (fd, 1)), (os.write, (fd, b'x')), (os.lseek, (fd, 0, 0)),
                   (os.read, (0, -1)), (os.pread, (0, -5, 0))):
    try:
        call(*args)
    except OSError as e:
        print(call.__name__, type(e).__name__, e)
for call, args in ((os.read, ('3', 1)), (os.write, (1.5, b'x')), (os.lseek, (0, 'x', 0))):
    try:
        call(*args)
    except TypeError as e:
        print(call.__name__, 'TypeError', e)
for call, args in ((os.open, (os.path.join(work, 'none', 'x'), os.O_RDONLY)),
                   (os.truncate, (os.path.join(work, 'missing'), 0)),
                   (os.open, (path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))):
    try:
        call(*args)
    except OSError as e:
        print(call.__name__, type(e).__name__, e.errno, e.filename == args[0])

# pipes
r, w = os.pipe()
print('pipe non-inheritable', os.get_inheritable(r), os.get_inheritable(w))
print('writev', os.writev(w, [b'ab', bytearray(b'cd'), memoryview(b'ef')]))
bufs = [bytearray(3), bytearray(10)]
print('readv', os.readv(r, bufs), bufs)
os.write(w, b'through the pipe\nsecond line\n')
os.close(w)
print('pipe read', os.read(r, 8), os.read(r, 100), os.read(r, 100))
os.close(r)
r, w = os.pipe2(0)
print('pipe2 inheritable', os.get_inheritable(r))
os.close(r)
os.close(w)

# fdopen and FileIO
fd = os.open(path, os.O_RDWR | os.O_TRUNC)
with os.fdopen(fd, 'w', encoding='utf-8') as f:
    print(type(f).__name__, f.mode, f.encoding, f.name == fd)
    f.write('first\nsecond\nthird, é\n')
with os.fdopen(os.open(path, os.O_RDONLY)) as f:
    print('text lines', f.readline(), f.readlines(), repr(f.read()))
with os.fdopen(os.open(path, os.O_RDWR), 'r+b') as f:
    print('binary', f.mode, f.read(5), f.readline(), f.tell())
    f.seek(0)
    f.write(b'FIRST')
    f.seek(0, os.SEEK_END)
    print('end at', f.tell())
with io.FileIO(path) as raw:
    print(raw.mode, raw.readable(), raw.writable(), raw.read(5), raw.readall())
with io.FileIO(path, 'a') as raw:
    print(raw.mode, raw.write(b'appended\n'))
with open(path, 'rb') as f:
    print('file now', f.read())
fd = os.open(path, os.O_RDONLY)
f = os.fdopen(fd, 'rb', buffering=0)
print(type(f).__name__, f.read(3), f.closefd)
f.close()
try:
    os.fstat(fd)
except OSError as e:
    print('fdopen closed it:', e.strerror)
for mode, kw in (('rt+b', {}), ('rb', {'encoding': 'utf-8'}), ('r', {'buffering': 0}), ('z', {})):
    try:
        os.fdopen(0, mode, **kw)
    except ValueError as e:
        print('fdopen', mode, 'ValueError', e)
try:
    os.fdopen('0')
except TypeError as e:
    print('fdopen TypeError', e)
try:
    io.FileIO(os.path.join(work, 'missing'))
except FileNotFoundError as e:
    print('FileIO', e.errno, e.strerror)

# copying between descriptors
src = os.open(path, os.O_RDONLY)
dst_path = os.path.join(work, 'copy.bin')
dst = os.open(dst_path, os.O_WRONLY | os.O_CREAT, 0o600)
print('sendfile', os.sendfile(dst, src, 0, 5), os.sendfile(dst, src, None, 3))
print('copy_file_range', os.copy_file_range(src, dst, 4, 10))
os.close(dst)
os.close(src)
with open(dst_path, 'rb') as f:
    print('copied', f.read())

# raw writes to standard output skip sys.stdout's buffer
sys.stdout.flush()
os.write(1, b'raw write to fd 1\n')
print('after the raw write')

# device numbers and configuration
dev = os.makedev(8, 17)
print('makedev', dev, os.major(dev), os.minor(dev), os.makedev(300, 70000), os.major(os.makedev(300, 70000)))
try:
    os.major(-1)
except OverflowError as e:
    print('major', e)
print('sysconf', os.sysconf('SC_PAGESIZE') == os.sysconf(os.sysconf_names['SC_PAGESIZE']) > 0)
print('confstr', os.confstr('CS_PATH').startswith('/'))
for bad in ('SC_NOPE', 1.5):
    try:
        os.sysconf(bad)
    except (ValueError, TypeError) as e:
        print('sysconf', type(e).__name__, e)
sv = os.statvfs(work)
print('statvfs', type(sv).__name__, len(sv), sv.f_bsize > 0, sv.f_namemax, os.fstatvfs(os.open(work, 0)).f_namemax)
print('pathconf', os.pathconf(work, 'PC_NAME_MAX'), os.fpathconf(0, 'PC_PIPE_BUF') > 0 or True)
print('sameopenfile', os.path.sameopenfile(os.open(path, 0), os.open(path, 0)))
