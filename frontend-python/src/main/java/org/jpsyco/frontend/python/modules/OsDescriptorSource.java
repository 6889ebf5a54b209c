package org.jpsyco.frontend.python.modules;

/**
 * The file-descriptor, user, group, scheduling and configuration calls of {@code os}, in
 * Python over {@link OsNative}'s {@code _ccall}: real descriptors of the process, as CPython's
 * (new ones close on exec, PEP 446), with errno turned into the matching {@code OSError}.
 * Writes to descriptors 1 and 2 go to the runtime's own output streams, unbuffered.
 */
final class OsDescriptorSource {
    private OsDescriptorSource() {
    }

    static final String SOURCE = """
            import _structseq
            statvfs_result = _structseq.structseq('os', 'statvfs_result', (
                'f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag',
                'f_namemax', 'f_fsid'), n_sequence=10)
            _sched_param = _structseq.structseq('posix', 'sched_param', ('sched_priority',))


            class sched_param(_sched_param):
                __slots__ = ()

                def __new__(cls, sched_priority):
                    return _sched_param.__new__(cls, (sched_priority,))


            sched_param.__module__ = 'posix'
            del _structseq
            globals().update(dict(
                CLD_CONTINUED=6, CLD_DUMPED=3, CLD_EXITED=1, CLD_KILLED=2, CLD_STOPPED=5, CLD_TRAPPED=4, EFD_CLOEXEC=524288,
                EFD_NONBLOCK=2048, EFD_SEMAPHORE=1, F_LOCK=1, F_TEST=3, F_TLOCK=2, F_ULOCK=0, GRND_NONBLOCK=1,
                GRND_RANDOM=2, MFD_ALLOW_SEALING=2, MFD_CLOEXEC=1, MFD_HUGETLB=4, MFD_HUGE_16GB=2281701376,
                MFD_HUGE_16MB=1610612736, MFD_HUGE_1GB=2013265920, MFD_HUGE_1MB=1342177280, MFD_HUGE_256MB=1879048192,
                MFD_HUGE_2GB=2080374784, MFD_HUGE_2MB=1409286144, MFD_HUGE_32MB=1677721600, MFD_HUGE_512KB=1275068416,
                MFD_HUGE_512MB=1946157056, MFD_HUGE_64KB=1073741824, MFD_HUGE_8MB=1543503872, MFD_HUGE_MASK=63,
                MFD_HUGE_SHIFT=26, NGROUPS_MAX=65536, O_ACCMODE=3, O_ASYNC=8192, O_DIRECT=16384, O_DIRECTORY=65536,
                O_DSYNC=4096, O_FSYNC=1052672, O_LARGEFILE=0, O_NDELAY=2048, O_NOATIME=262144, O_NOCTTY=256,
                O_NONBLOCK=2048, O_PATH=2097152, O_RSYNC=1052672, O_SYNC=1052672, O_TMPFILE=4259840,
                POSIX_FADV_DONTNEED=4, POSIX_FADV_NOREUSE=5, POSIX_FADV_NORMAL=0, POSIX_FADV_RANDOM=1,
                POSIX_FADV_SEQUENTIAL=2, POSIX_FADV_WILLNEED=3, POSIX_SPAWN_CLOSE=1, POSIX_SPAWN_DUP2=2,
                POSIX_SPAWN_OPEN=0, PRIO_PGRP=1, PRIO_PROCESS=0, PRIO_USER=2, RTLD_DEEPBIND=8, RTLD_GLOBAL=256,
                RTLD_LAZY=1, RTLD_LOCAL=0, RTLD_NODELETE=4096, RTLD_NOLOAD=4, RTLD_NOW=2, RWF_APPEND=16, RWF_DSYNC=2,
                RWF_HIPRI=1, RWF_NOWAIT=8, RWF_SYNC=4, SCHED_BATCH=3, SCHED_FIFO=1, SCHED_IDLE=5, SCHED_OTHER=0,
                SCHED_RESET_ON_FORK=1073741824, SCHED_RR=2, SEEK_DATA=3, SEEK_HOLE=4, SPLICE_F_MORE=4, SPLICE_F_MOVE=1,
                SPLICE_F_NONBLOCK=2, ST_APPEND=256, ST_MANDLOCK=64, ST_NOATIME=1024, ST_NODEV=4, ST_NODIRATIME=2048,
                ST_NOEXEC=8, ST_NOSUID=2, ST_RDONLY=1, ST_RELATIME=4096, ST_SYNCHRONOUS=16, ST_WRITE=128, TMP_MAX=238328,
                XATTR_CREATE=1, XATTR_REPLACE=2, XATTR_SIZE_MAX=65536))
            O_CLOEXEC_ = 0o2000000
            sysconf_names = {'SC_2_CHAR_TERM': 95, 'SC_2_C_BIND': 47, 'SC_2_C_DEV': 48, 'SC_2_C_VERSION': 96, 'SC_2_FORT_DEV': 49,
                'SC_2_FORT_RUN': 50, 'SC_2_LOCALEDEF': 52, 'SC_2_SW_DEV': 51, 'SC_2_UPE': 97, 'SC_2_VERSION': 46,
                'SC_AIO_LISTIO_MAX': 23, 'SC_AIO_MAX': 24, 'SC_AIO_PRIO_DELTA_MAX': 25, 'SC_ARG_MAX': 0,
                'SC_ASYNCHRONOUS_IO': 12, 'SC_ATEXIT_MAX': 87, 'SC_AVPHYS_PAGES': 86, 'SC_BC_BASE_MAX': 36,
                'SC_BC_DIM_MAX': 37, 'SC_BC_SCALE_MAX': 38, 'SC_BC_STRING_MAX': 39, 'SC_CHARCLASS_NAME_MAX': 45,
                'SC_CHAR_BIT': 101, 'SC_CHAR_MAX': 102, 'SC_CHAR_MIN': 103, 'SC_CHILD_MAX': 1, 'SC_CLK_TCK': 2,
                'SC_COLL_WEIGHTS_MAX': 40, 'SC_DELAYTIMER_MAX': 26, 'SC_EQUIV_CLASS_MAX': 41, 'SC_EXPR_NEST_MAX': 42,
                'SC_FSYNC': 15, 'SC_GETGR_R_SIZE_MAX': 69, 'SC_GETPW_R_SIZE_MAX': 70, 'SC_INT_MAX': 104, 'SC_INT_MIN':
                105, 'SC_IOV_MAX': 60, 'SC_JOB_CONTROL': 7, 'SC_LINE_MAX': 43, 'SC_LOGIN_NAME_MAX': 71, 'SC_LONG_BIT':
                106, 'SC_MAPPED_FILES': 16, 'SC_MB_LEN_MAX': 108, 'SC_MEMLOCK': 17, 'SC_MEMLOCK_RANGE': 18,
                'SC_MEMORY_PROTECTION': 19, 'SC_MESSAGE_PASSING': 20, 'SC_MINSIGSTKSZ': 249, 'SC_MQ_OPEN_MAX': 27,
                'SC_MQ_PRIO_MAX': 28, 'SC_NGROUPS_MAX': 3, 'SC_NL_ARGMAX': 119, 'SC_NL_LANGMAX': 120, 'SC_NL_MSGMAX': 121,
                'SC_NL_NMAX': 122, 'SC_NL_SETMAX': 123, 'SC_NL_TEXTMAX': 124, 'SC_NPROCESSORS_CONF': 83,
                'SC_NPROCESSORS_ONLN': 84, 'SC_NZERO': 109, 'SC_OPEN_MAX': 4, 'SC_PAGESIZE': 30, 'SC_PAGE_SIZE': 30,
                'SC_PASS_MAX': 88, 'SC_PHYS_PAGES': 85, 'SC_PII': 53, 'SC_PII_INTERNET': 56, 'SC_PII_INTERNET_DGRAM': 62,
                'SC_PII_INTERNET_STREAM': 61, 'SC_PII_OSI': 57, 'SC_PII_OSI_CLTS': 64, 'SC_PII_OSI_COTS': 63,
                'SC_PII_OSI_M': 65, 'SC_PII_SOCKET': 55, 'SC_PII_XTI': 54, 'SC_POLL': 58, 'SC_PRIORITIZED_IO': 13,
                'SC_PRIORITY_SCHEDULING': 10, 'SC_REALTIME_SIGNALS': 9, 'SC_RE_DUP_MAX': 44, 'SC_RTSIG_MAX': 31,
                'SC_SAVED_IDS': 8, 'SC_SCHAR_MAX': 111, 'SC_SCHAR_MIN': 112, 'SC_SELECT': 59, 'SC_SEMAPHORES': 21,
                'SC_SEM_NSEMS_MAX': 32, 'SC_SEM_VALUE_MAX': 33, 'SC_SHARED_MEMORY_OBJECTS': 22, 'SC_SHRT_MAX': 113,
                'SC_SHRT_MIN': 114, 'SC_SIGQUEUE_MAX': 34, 'SC_SSIZE_MAX': 110, 'SC_STREAM_MAX': 5, 'SC_SYNCHRONIZED_IO':
                14, 'SC_THREADS': 67, 'SC_THREAD_ATTR_STACKADDR': 77, 'SC_THREAD_ATTR_STACKSIZE': 78,
                'SC_THREAD_DESTRUCTOR_ITERATIONS': 73, 'SC_THREAD_KEYS_MAX': 74, 'SC_THREAD_PRIORITY_SCHEDULING': 79,
                'SC_THREAD_PRIO_INHERIT': 80, 'SC_THREAD_PRIO_PROTECT': 81, 'SC_THREAD_PROCESS_SHARED': 82,
                'SC_THREAD_SAFE_FUNCTIONS': 68, 'SC_THREAD_STACK_MIN': 75, 'SC_THREAD_THREADS_MAX': 76, 'SC_TIMERS': 11,
                'SC_TIMER_MAX': 35, 'SC_TTY_NAME_MAX': 72, 'SC_TZNAME_MAX': 6, 'SC_T_IOV_MAX': 66, 'SC_UCHAR_MAX': 115,
                'SC_UINT_MAX': 116, 'SC_UIO_MAXIOV': 60, 'SC_ULONG_MAX': 117, 'SC_USHRT_MAX': 118, 'SC_VERSION': 29,
                'SC_WORD_BIT': 107, 'SC_XBS5_ILP32_OFF32': 125, 'SC_XBS5_ILP32_OFFBIG': 126, 'SC_XBS5_LP64_OFF64': 127,
                'SC_XBS5_LPBIG_OFFBIG': 128, 'SC_XOPEN_CRYPT': 92, 'SC_XOPEN_ENH_I18N': 93, 'SC_XOPEN_LEGACY': 129,
                'SC_XOPEN_REALTIME': 130, 'SC_XOPEN_REALTIME_THREADS': 131, 'SC_XOPEN_SHM': 94, 'SC_XOPEN_UNIX': 91,
                'SC_XOPEN_VERSION': 89, 'SC_XOPEN_XCU_VERSION': 90, 'SC_XOPEN_XPG2': 98, 'SC_XOPEN_XPG3': 99,
                'SC_XOPEN_XPG4': 100}
            confstr_names = {'CS_GNU_LIBC_VERSION': 2, 'CS_GNU_LIBPTHREAD_VERSION': 3, 'CS_LFS64_CFLAGS': 1004, 'CS_LFS64_LDFLAGS': 1005,
                'CS_LFS64_LIBS': 1006, 'CS_LFS64_LINTFLAGS': 1007, 'CS_LFS_CFLAGS': 1000, 'CS_LFS_LDFLAGS': 1001,
                'CS_LFS_LIBS': 1002, 'CS_LFS_LINTFLAGS': 1003, 'CS_PATH': 0, 'CS_XBS5_ILP32_OFF32_CFLAGS': 1100,
                'CS_XBS5_ILP32_OFF32_LDFLAGS': 1101, 'CS_XBS5_ILP32_OFF32_LIBS': 1102, 'CS_XBS5_ILP32_OFF32_LINTFLAGS':
                1103, 'CS_XBS5_ILP32_OFFBIG_CFLAGS': 1104, 'CS_XBS5_ILP32_OFFBIG_LDFLAGS': 1105,
                'CS_XBS5_ILP32_OFFBIG_LIBS': 1106, 'CS_XBS5_ILP32_OFFBIG_LINTFLAGS': 1107, 'CS_XBS5_LP64_OFF64_CFLAGS':
                1108, 'CS_XBS5_LP64_OFF64_LDFLAGS': 1109, 'CS_XBS5_LP64_OFF64_LIBS': 1110, 'CS_XBS5_LP64_OFF64_LINTFLAGS':
                1111, 'CS_XBS5_LPBIG_OFFBIG_CFLAGS': 1112, 'CS_XBS5_LPBIG_OFFBIG_LDFLAGS': 1113,
                'CS_XBS5_LPBIG_OFFBIG_LIBS': 1114, 'CS_XBS5_LPBIG_OFFBIG_LINTFLAGS': 1115}
            pathconf_names = {'PC_ALLOC_SIZE_MIN': 18, 'PC_ASYNC_IO': 10, 'PC_CHOWN_RESTRICTED': 6, 'PC_FILESIZEBITS': 13, 'PC_LINK_MAX':
                0, 'PC_MAX_CANON': 1, 'PC_MAX_INPUT': 2, 'PC_NAME_MAX': 3, 'PC_NO_TRUNC': 7, 'PC_PATH_MAX': 4,
                'PC_PIPE_BUF': 5, 'PC_PRIO_IO': 11, 'PC_REC_INCR_XFER_SIZE': 14, 'PC_REC_MAX_XFER_SIZE': 15,
                'PC_REC_MIN_XFER_SIZE': 16, 'PC_REC_XFER_ALIGN': 17, 'PC_SOCK_MAXBUF': 12, 'PC_SYMLINK_MAX': 19,
                'PC_SYNC_IO': 9, 'PC_VDISABLE': 8}
            supports_bytes_environ = True


            def _raise(err, *names):
                raise OSError(err, strerror(err), *names)


            def _ok(r, *names):
                if r[0] == -1:
                    _raise(r[1], *names)
                return r


            from operator import index as _int


            def _no_dir_fd(dir_fd):
                if dir_fd is not None:
                    raise NotImplementedError('dir_fd unavailable on this platform')


            def open(path, flags, mode=0o777, *, dir_fd=None):
                _no_dir_fd(dir_fd)
                name = fspath(path)
                return _ok(_ccall('open', 'i:si|i', name, _int(flags) | O_CLOEXEC_, _int(mode)), name)[0]


            def read(fd, length, /):
                fd, length = _int(fd), _int(length)
                if length < 0:
                    _raise(22)
                r = _ok(_ccall('read', 'l:iBl', fd, length, length))
                return r[2][:r[0]]


            def write(fd, data, /):
                fd, data = _int(fd), bytes(data)
                if fd in (1, 2):
                    return _stdwrite(fd, data)
                return _ok(_ccall('write', 'l:ibl', fd, data, len(data)))[0]


            def close(fd):
                _ok(_ccall('close', 'i:i', _int(fd)))


            def closerange(fd_low, fd_high, /):
                for fd in range(_int(fd_low), _int(fd_high)):
                    _ccall('close', 'i:i', fd)


            def lseek(fd, position, whence, /):
                return _ok(_ccall('lseek', 'l:ili', _int(fd), _int(position), _int(whence)))[0]


            def _unpack_stat(buf):
                import struct
                (dev, ino, nlink, mode, uid, gid, rdev, size, blksize, blocks, asec, ansec, msec, mnsec, csec,
                 cnsec) = struct.unpack_from('<QQQIII4xQqqqqqqqqq', buf)
                return _stat_result((mode, ino, dev, nlink, uid, gid, size, asec * 10**9 + ansec, msec * 10**9 + mnsec,
                                     csec * 10**9 + cnsec))


            def fstat(fd):
                return _unpack_stat(_ok(_ccall('fstat', 'i:iB', _int(fd), 144))[2])


            def fsync(fd):
                _ok(_ccall('fsync', 'i:i', fd if isinstance(fd, int) else fd.fileno()))


            def fdatasync(fd):
                _ok(_ccall('fdatasync', 'i:i', fd if isinstance(fd, int) else fd.fileno()))


            def ftruncate(fd, length, /):
                _ok(_ccall('ftruncate', 'i:il', _int(fd), _int(length)))


            def truncate(path, length):
                if isinstance(path, int):
                    return ftruncate(path, length)
                name = fspath(path)
                _ok(_ccall('truncate', 'i:sl', name, _int(length)), name)


            def dup(fd, /):
                return _ok(_ccall('fcntl', 'i:ii|i', _int(fd), 1030, 0))[0]  # F_DUPFD_CLOEXEC


            def dup2(fd, fd2, inheritable=True):
                fd, fd2 = _int(fd), _int(fd2)
                if inheritable:
                    return _ok(_ccall('dup2', 'i:ii', fd, fd2))[0]
                return _ok(_ccall('dup3', 'i:iii', fd, fd2, O_CLOEXEC_))[0]


            def pipe2(flags, /):
                import struct
                return struct.unpack('<ii', _ok(_ccall('pipe2', 'i:Bi', 8, _int(flags)))[2])


            def pipe():
                return pipe2(O_CLOEXEC_)


            def pread(fd, length, offset, /):
                length = _int(length)
                if length < 0:
                    _raise(22)
                r = _ok(_ccall('pread', 'l:iBll', _int(fd), length, length, _int(offset)))
                return r[2][:r[0]]


            def pwrite(fd, data, offset, /):
                data = bytes(data)
                return _ok(_ccall('pwrite', 'l:ibll', _int(fd), data, len(data), _int(offset)))[0]


            def readv(fd, buffers, /):
                total = 0
                for buf in buffers:
                    data = read(fd, len(buf))
                    buf[:len(data)] = data
                    total += len(data)
                    if len(data) < len(buf):
                        break
                return total


            def writev(fd, buffers, /):
                return write(fd, b''.join(bytes(b) for b in buffers))


            def preadv(fd, buffers, offset, flags=0, /):
                total = 0
                for buf in buffers:
                    data = pread(fd, len(buf), offset + total)
                    buf[:len(data)] = data
                    total += len(data)
                    if len(data) < len(buf):
                        break
                return total


            def pwritev(fd, buffers, offset, flags=0, /):
                return pwrite(fd, b''.join(bytes(b) for b in buffers), offset)


            def get_inheritable(fd, /):
                return not _ok(_ccall('fcntl', 'i:ii|i', _int(fd), 1, 0))[0] & 1  # F_GETFD, FD_CLOEXEC


            def set_inheritable(fd, inheritable, /):
                flags = _ok(_ccall('fcntl', 'i:ii|i', _int(fd), 1, 0))[0]
                _ok(_ccall('fcntl', 'i:ii|i', fd, 2, flags & ~1 if inheritable else flags | 1))


            def get_blocking(fd, /):
                return not _ok(_ccall('fcntl', 'i:ii|i', _int(fd), 3, 0))[0] & O_NONBLOCK  # F_GETFL


            def set_blocking(fd, blocking, /):
                flags = _ok(_ccall('fcntl', 'i:ii|i', _int(fd), 3, 0))[0]
                _ok(_ccall('fcntl', 'i:ii|i', fd, 4, flags & ~O_NONBLOCK if blocking else flags | O_NONBLOCK))


            def _offset(offset):
                import struct
                return ('n', 0) if offset is None else ('x', struct.pack('<q', _int(offset)))


            def sendfile(out_fd, in_fd, offset, count):
                kind, off = _offset(offset)
                return _ok(_ccall('sendfile', 'l:ii%sl' % kind, _int(out_fd), _int(in_fd), off, _int(count)))[0]


            def copy_file_range(src, dst, count, offset_src=None, offset_dst=None):
                (k1, o1), (k2, o2) = _offset(offset_src), _offset(offset_dst)
                return _ok(_ccall('copy_file_range', 'l:i%si%sli' % (k1, k2), _int(src), o1, _int(dst), o2, _int(count), 0))[0]


            def splice(src, dst, count, offset_src=None, offset_dst=None, flags=0):
                (k1, o1), (k2, o2) = _offset(offset_src), _offset(offset_dst)
                return _ok(_ccall('splice', 'l:i%si%sli' % (k1, k2), _int(src), o1, _int(dst), o2, _int(count),
                                  _int(flags)))[0]


            def eventfd(initval, flags=EFD_CLOEXEC):
                return _ok(_ccall('eventfd', 'i:ii', _int(initval), _int(flags)))[0]


            def eventfd_read(fd):
                import struct
                return struct.unpack('<Q', read(fd, 8))[0]


            def eventfd_write(fd, value):
                import struct
                write(fd, struct.pack('<Q', value))


            def memfd_create(name, flags=MFD_CLOEXEC):
                return _ok(_ccall('memfd_create', 'i:si', fsdecode(name), _int(flags)))[0]


            def pidfd_open(pid, flags=0):
                return _ok(_ccall('syscall', 'l:l|ll', 434, _int(pid), _int(flags)))[0]  # SYS_pidfd_open


            def lockf(fd, command, length, /):
                _ok(_ccall('lockf', 'i:iil', _int(fd), _int(command), _int(length)))


            def posix_fadvise(fd, offset, length, advice, /):
                err = _ccall('posix_fadvise', 'i:illi', _int(fd), _int(offset), _int(length), _int(advice))[0]
                if err:
                    _raise(err)


            def posix_fallocate(fd, offset, length, /):
                err = _ccall('posix_fallocate', 'i:ill', _int(fd), _int(offset), _int(length))[0]
                if err:
                    _raise(err)


            def fchmod(fd, mode):
                _ok(_ccall('fchmod', 'i:ii', _int(fd), _int(mode)))


            def fchown(fd, uid, gid):
                _ok(_ccall('fchown', 'i:iii', _int(fd), _int(uid), _int(gid)))


            def chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True):
                _no_dir_fd(dir_fd)
                if isinstance(path, int):
                    return fchown(path, uid, gid)
                name = fspath(path)
                _ok(_ccall('chown' if follow_symlinks else 'lchown', 'i:sii', name, _int(uid), _int(gid)), name)


            def lchown(path, uid, gid):
                chown(path, uid, gid, follow_symlinks=False)


            def fchdir(fd):
                chdir(readlink('/proc/self/fd/%d' % _int(fd)))


            def _unpack_statvfs(buf):
                import struct
                v = struct.unpack_from('<11Q', buf)
                return statvfs_result(v[:8] + v[9:11] + (v[8],))


            def fstatvfs(fd, /):
                return _unpack_statvfs(_ok(_ccall('fstatvfs', 'i:iB', _int(fd), 112))[2])


            def statvfs(path):
                if isinstance(path, int):
                    return fstatvfs(path)
                name = fspath(path)
                return _unpack_statvfs(_ok(_ccall('statvfs', 'i:sB', name, 112), name)[2])


            def sync():
                _ccall('sync', 'v:')


            def mkfifo(path, mode=0o666, *, dir_fd=None):
                _no_dir_fd(dir_fd)
                name = fspath(path)
                _ok(_ccall('mkfifo', 'i:si', name, _int(mode)), name)


            def mknod(path, mode=0o600, device=0, *, dir_fd=None):
                _no_dir_fd(dir_fd)
                name = fspath(path)
                _ok(_ccall('mknod', 'i:sil', name, _int(mode), _int(device)), name)


            def _unsigned(x):
                x = _int(x)
                if x < 0:
                    raise OverflowError("can't convert negative int to unsigned")
                return x


            def major(device, /):
                device = _unsigned(device)
                return ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff & 0xffffffff)


            def minor(device, /):
                device = _unsigned(device)
                return (device & 0xff) | ((device >> 12) & ~0xff & 0xffffffff)


            def makedev(major, minor, /):
                ma, mi = _unsigned(major), _unsigned(minor)
                return (mi & 0xff) | ((ma & 0xfff) << 8) | ((mi & ~0xff) << 12) | ((ma & ~0xfff) << 32)


            def nice(increment, /):
                return _ok(_ccall('nice', 'i:i', _int(increment)))[0]


            def getpriority(which, who):
                r = _ccall('getpriority', 'i:ii', _int(which), _int(who))
                return r[0]


            def setpriority(which, who, priority):
                _ok(_ccall('setpriority', 'i:iii', _int(which), _int(who), _int(priority)))


            def getgroups():
                import struct
                n = _ok(_ccall('getgroups', 'i:in', 0, 0))[0]
                r = _ok(_ccall('getgroups', 'i:iB', n, 4 * n))
                return list(struct.unpack('<%dI' % r[0], r[2][:4 * r[0]]))


            def setgroups(groups, /):
                import struct
                groups = [_int(g) for g in groups]
                _ok(_ccall('setgroups', 'i:lb', len(groups), struct.pack('<%dI' % len(groups), *groups)))


            def getgrouplist(user, group, /):
                import struct
                n = 64
                while True:
                    r = _ccall('getgrouplist', 'i:six', user, _int(group), struct.pack('<%dIi' % n, *([0] * n), n))
                    count = struct.unpack_from('<i', r[2], 4 * n)[0]
                    if r[0] != -1:
                        return list(struct.unpack_from('<%dI' % count, r[2]))
                    n = max(count, n * 2)


            def initgroups(username, gid, /):
                _ok(_ccall('initgroups', 'i:si', username, _int(gid)))


            def _getres(name):
                import struct
                r = _ok(_ccall(name, 'i:BBB', 4, 4, 4))
                return tuple(struct.unpack('<I', b)[0] for b in r[2:])


            def getresuid():
                return _getres('getresuid')


            def getresgid():
                return _getres('getresgid')


            def _setter(name, nargs):
                def f(*ids):
                    if len(ids) != nargs:
                        raise TypeError('%s expected %d argument%s, got %d' % (name, nargs, 's' if nargs > 1 else '', len(ids)))
                    _ok(_ccall(name, 'i:' + 'i' * nargs, *[_int(i) for i in ids]))
                f.__name__ = f.__qualname__ = name
                return f


            setuid, seteuid, setgid, setegid = (_setter(n, 1) for n in ('setuid', 'seteuid', 'setgid', 'setegid'))
            setreuid, setregid = _setter('setreuid', 2), _setter('setregid', 2)
            setresuid, setresgid = _setter('setresuid', 3), _setter('setresgid', 3)


            def setsid():
                _ok(_ccall('setsid', 'i:'))


            def setpgid(pid, pgrp, /):
                _ok(_ccall('setpgid', 'i:ii', _int(pid), _int(pgrp)))


            def setpgrp():
                _ok(_ccall('setpgid', 'i:ii', 0, 0))


            def tcgetpgrp(fd, /):
                return _ok(_ccall('tcgetpgrp', 'i:i', _int(fd)))[0]


            def tcsetpgrp(fd, pgid, /):
                _ok(_ccall('tcsetpgrp', 'i:ii', _int(fd), _int(pgid)))


            def ttyname(fd, /):
                r = _ccall('ttyname', 's:i', _int(fd))
                if r[0] is None:
                    _raise(r[1])
                return r[0]


            def ctermid():
                return _ccall('ctermid', 's:n', 0)[0]


            def chroot(path):
                name = fspath(path)
                _ok(_ccall('chroot', 'i:s', name), name)


            def openpty():
                import struct
                r = _ok(_ccall('openpty', 'i:BBnnn', 4, 4, 0, 0, 0))
                fds = struct.unpack('<i', r[2])[0], struct.unpack('<i', r[3])[0]
                for fd in fds:
                    set_inheritable(fd, False)
                return fds


            def login_tty(fd, /):
                _ok(_ccall('login_tty', 'i:i', _int(fd)))


            def sched_yield():
                _ccall('sched_yield', 'i:')


            def sched_get_priority_max(policy):
                return _ok(_ccall('sched_get_priority_max', 'i:i', _int(policy)))[0]


            def sched_get_priority_min(policy):
                return _ok(_ccall('sched_get_priority_min', 'i:i', _int(policy)))[0]


            def sched_getscheduler(pid, /):
                return _ok(_ccall('sched_getscheduler', 'i:i', _int(pid)))[0]


            def sched_getparam(pid, /):
                import struct
                return sched_param(struct.unpack('<i', _ok(_ccall('sched_getparam', 'i:iB', _int(pid), 4))[2])[0])


            def sched_setparam(pid, param, /):
                import struct
                _ok(_ccall('sched_setparam', 'i:ib', _int(pid), struct.pack('<i', param.sched_priority)))


            def sched_setscheduler(pid, policy, param, /):
                import struct
                _ok(_ccall('sched_setscheduler', 'i:iib', _int(pid), _int(policy), struct.pack('<i', param.sched_priority)))


            def sched_rr_get_interval(pid, /):
                import struct
                sec, nsec = struct.unpack('<qq', _ok(_ccall('sched_rr_get_interval', 'i:iB', _int(pid), 16))[2])
                return sec + nsec * 1e-9


            def sched_setaffinity(pid, mask, /):
                import struct
                bits = bytearray(128)
                for cpu in mask:
                    cpu = _int(cpu)
                    if cpu < 0:
                        raise ValueError('negative CPU number')
                    if cpu >= 1024:
                        _raise(22)
                    bits[cpu // 8] |= 1 << (cpu % 8)
                _ok(_ccall('sched_setaffinity', 'i:ilb', _int(pid), 128, bytes(bits)))


            def _conf_name(name, table):
                if isinstance(name, int):
                    return name
                if isinstance(name, str):
                    if name in table:
                        return table[name]
                    raise ValueError('unrecognized configuration name')
                raise TypeError('configuration names must be strings or integers')


            def sysconf(name, /):
                r = _ccall('sysconf', 'l:i', _conf_name(name, sysconf_names))
                if r[0] == -1 and r[1]:
                    _raise(r[1])
                return r[0]


            def confstr(name, /):
                code = _conf_name(name, confstr_names)
                n = _ccall('confstr', 'l:inl', code, 0, 0)
                if n[0] == 0:
                    if n[1]:
                        _raise(n[1])
                    return None
                return _ccall('confstr', 'l:iBl', code, n[0], n[0])[2][:n[0] - 1].decode()


            def pathconf(path, name):
                code = _conf_name(name, pathconf_names)
                if isinstance(path, int):
                    return fpathconf(path, code)
                p = fspath(path)
                r = _ccall('pathconf', 'l:si', p, code)
                if r[0] == -1 and r[1]:
                    _raise(r[1], p)
                return r[0]


            def fpathconf(fd, name, /):
                if not isinstance(fd, int):
                    return pathconf(fd, name)
                r = _ccall('fpathconf', 'l:ii', fd, _conf_name(name, pathconf_names))
                if r[0] == -1 and r[1]:
                    _raise(r[1])
                return r[0]


            def _xattr(fn, path, follow_symlinks, sig, *args):
                if isinstance(path, int):
                    return _ccall('f' + fn, sig.replace('s', 'i', 1), path, *args), None
                name = fspath(path)
                return _ccall(fn if follow_symlinks else 'l' + fn, sig, name, *args), name


            def getxattr(path, attribute, *, follow_symlinks=True):
                attribute = fsdecode(attribute)
                r, name = _xattr('getxattr', path, follow_symlinks, 'l:ssnl', attribute, 0, 0)
                _ok(r, *([name] if name else []))
                r, name = _xattr('getxattr', path, follow_symlinks, 'l:ssBl', attribute, r[0], r[0])
                return _ok(r, *([name] if name else []))[2][:r[0]]


            def setxattr(path, attribute, value, flags=0, *, follow_symlinks=True):
                value = bytes(value)
                r, name = _xattr('setxattr', path, follow_symlinks, 'i:ssbli', fsdecode(attribute), value, len(value),
                                 _int(flags))
                _ok(r, *([name] if name else []))


            def removexattr(path, attribute, *, follow_symlinks=True):
                r, name = _xattr('removexattr', path, follow_symlinks, 'i:ss', fsdecode(attribute))
                _ok(r, *([name] if name else []))


            def listxattr(path=None, *, follow_symlinks=True):
                path = '.' if path is None else path
                r, name = _xattr('listxattr', path, follow_symlinks, 'l:snl', 0, 0)
                _ok(r, *([name] if name else []))
                if r[0] == 0:
                    return []
                r, name = _xattr('listxattr', path, follow_symlinks, 'l:sBl', r[0], r[0])
                data = _ok(r, *([name] if name else []))[2][:r[0]]
                return [fsdecode(n) for n in data.split(bytes(1)) if n]


            def putenv(name, value, /):
                name, value = fsdecode(name), fsdecode(value)
                if '=' in name:
                    raise ValueError('illegal environment variable name')
                _ok(_ccall('setenv', 'i:ssi', name, value, 1))


            def unsetenv(name, /):
                _ok(_ccall('unsetenv', 'i:s', fsdecode(name)))


            def getenvb(key, default=None):
                value = environ.get(fsdecode(key))
                return default if value is None else fsencode(value)


            def killpg(pgid, signal, /):
                _ok(_ccall('killpg', 'i:ii', _int(pgid), _int(signal)))


            def abort():
                _ccall('abort', 'v:')


            def fdopen(fd, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
                import _fdio
                return _fdio.fdopen(fd, mode, buffering, encoding, errors, newline, closefd)


            def _sameopenfile(fp1, fp2):
                return path.samestat(fstat(fp1), fstat(fp2))


            _sameopenfile.__name__ = _sameopenfile.__qualname__ = 'sameopenfile'
            _sameopenfile.__module__ = 'posixpath'
            path.sameopenfile = _sameopenfile
            del _sameopenfile


            # os.environb: the environment as bytes (a snapshot of os.environ when os was imported)
            environb = {fsencode(k): fsencode(v) for k, v in environ.items()}
            GenericAlias = type(list[int])


            # which functions take a descriptor for a path, or follow_symlinks=False (none takes dir_fd)
            supports_fd = {chown, getxattr, listxattr, pathconf, removexattr, setxattr, statvfs, truncate}
            supports_follow_symlinks = {stat, chown, getxattr, listxattr, removexattr, setxattr}
            supports_dir_fd = set()
            supports_effective_ids = set()


            def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
                # the runtime never forks (a JVM cannot), so the hooks are checked and kept, never called
                for name, hook in (('before', before), ('after_in_child', after_in_child), ('after_in_parent', after_in_parent)):
                    if hook is not None and not callable(hook):
                        raise TypeError("'%s' must be callable, not %s" % (name, type(hook).__name__))
                if before is after_in_child is after_in_parent is None:
                    raise TypeError('At least one argument is required.')
            """;
}
