package org.jpsyco.frontend.python.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * The file-system primitives of {@code os} that its Python half ({@link OsSource}) builds on:
 * {@code _stat} (the fields of a stat result, from the file system's unix attributes), the
 * {@code O_*} flags of {@code os.open} ({@link OsDescriptorSource} has the descriptor calls), and
 * {@code chmod}, {@code access}, {@code utime}, {@code getpid}.
 */
final class OsFiles {
    private OsFiles() {
    }

    static final int O_RDONLY = 0;
    static final int O_WRONLY = 1;
    static final int O_RDWR = 2;
    static final int O_CREAT = 0100;
    static final int O_EXCL = 0200;
    static final int O_TRUNC = 01000;
    static final int O_APPEND = 02000;

    static void define(PyModule m, PythonRuntimeState rt) {
        m.put("O_RDONLY", PyInt.of(O_RDONLY));
        m.put("O_WRONLY", PyInt.of(O_WRONLY));
        m.put("O_RDWR", PyInt.of(O_RDWR));
        m.put("O_CREAT", PyInt.of(O_CREAT));
        m.put("O_EXCL", PyInt.of(O_EXCL));
        m.put("O_TRUNC", PyInt.of(O_TRUNC));
        m.put("O_APPEND", PyInt.of(O_APPEND));
        m.put("O_NOFOLLOW", PyInt.of(0400000));
        m.put("O_CLOEXEC", PyInt.of(02000000));
        m.put("F_OK", PyInt.of(0));
        m.put("R_OK", PyInt.of(4));
        m.put("W_OK", PyInt.of(2));
        m.put("X_OK", PyInt.of(1));
        m.def("_stat", (a, k) -> stat(rt, Args.path(a[0], "stat()"), Abstract.isTrue(a[1])));
        m.def("getpid", (a, k) -> PyInt.of(ProcessHandle.current().pid()));
        // _disk_usage(path) -> (total, used, free) bytes of the file system holding path, as
        // statvfs gives them (free: what an unprivileged user may still use)
        m.def("_disk_usage", (a, k) -> {
            String f = Args.path(a[0], "disk_usage()");
            try {
                java.nio.file.FileStore store = Files.getFileStore(rt.resolve(f));
                long total = store.getTotalSpace();
                return PyTuple.of(PyInt.of(total), PyInt.of(total - store.getUnallocatedSpace()),
                        PyInt.of(store.getUsableSpace()));
            } catch (IOException e) {
                throw TextFile.osError(e, f);
            }
        });
        m.def("access", (a, k) -> {
            Path p = rt.resolve(Args.path(a[0], "access()"));
            long mode = Abstract.index(a[1]).longValue();
            boolean ok = Files.exists(p) && ((mode & 4) == 0 || Files.isReadable(p))
                    && ((mode & 2) == 0 || Files.isWritable(p)) && ((mode & 1) == 0 || Files.isExecutable(p));
            return PyBool.of(ok);
        });
        m.def("chmod", (a, k) -> {
            String f = Args.path(a[0], "chmod()");
            try {
                Files.setPosixFilePermissions(rt.resolve(f), permissions(Abstract.index(a[1]).intValue()));
            } catch (IOException e) {
                throw TextFile.osError(e, f);
            }
            return PySingleton.NONE;
        });
        m.def("_utime", (a, k) -> {
            String f = Args.path(a[0], "utime()");
            try {
                Path p = rt.resolve(f);
                Files.setLastModifiedTime(p, FileTime.from(Abstract.index(a[2]).longValue(), TimeUnit.NANOSECONDS));
                Files.setAttribute(p, "lastAccessTime", FileTime.from(Abstract.index(a[1]).longValue(),
                        TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                throw TextFile.osError(e, f);
            }
            return PySingleton.NONE;
        });
    }

    /** {@code (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns)} of a file. */
    private static PyObject stat(PythonRuntimeState rt, String f, boolean follow) {
        Path p = rt.resolve(f);
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Map<String, Object> at = Files.readAttributes(p,
                    "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime", opts);
            return PyTuple.of(PyInt.of(((Number) at.get("mode")).longValue()), PyInt.of(((Number) at.get("ino"))
                    .longValue()), PyInt.of(((Number) at.get("dev")).longValue()), PyInt.of(((Number) at.get(
                    "nlink")).longValue()), PyInt.of(((Number) at.get("uid")).longValue()), PyInt.of(((Number) at
                    .get("gid")).longValue()), PyInt.of(((Number) at.get("size")).longValue()), nanos(at.get(
                    "lastAccessTime")), nanos(at.get("lastModifiedTime")), nanos(at.get("ctime")));
        } catch (IOException e) {
            throw TextFile.osError(e, f);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw Errors.raise(org.jpsyco.frontend.python.objects.ExceptionTypes.OS_ERROR,
                    "stat is not supported by this file system");
        }
    }

    private static PyObject nanos(Object time) {
        FileTime t = (FileTime) time;
        return PyInt.of(java.math.BigInteger.valueOf(t.to(TimeUnit.SECONDS)).multiply(java.math.BigInteger
                .valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(t.toInstant().getNano())));
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << i)) != 0) {
                s.add(order[i]);
            }
        }
        return s;
    }
}
