package org.jpsyco.frontend.python.modules;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * The system facts and process operations of {@code os} the JDK has no direct API for:
 * {@code uname()}'s fields from the kernel's {@code /proc} files, and {@code kill} through the
 * system's {@code kill} command (the JDK can only terminate processes, not send any signal).
 */
final class OsProcesses {
    private OsProcesses() {
    }

    static String hostName() {
        String h = kernelFile("hostname", null);
        if (h != null) {
            return h;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** The trimmed contents of {@code /proc/sys/kernel/NAME}, or {@code fallback}. */
    static String kernelFile(String name, String fallback) {
        try {
            return Files.readString(Path.of("/proc/sys/kernel", name), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    /** The machine name as {@code uname -m} prints it (the JVM says amd64 where Linux says x86_64). */
    static String machine() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64" -> "x86_64";
            case "x86" -> "i686";
            default -> arch;
        };
    }

    /** Sends signal {@code sig} to process {@code pid}; ProcessLookupError/PermissionError as CPython. */
    static void kill(long pid, int sig) {
        int status;
        String err;
        try {
            Process p = new ProcessBuilder("kill", "-s", String.valueOf(sig), String.valueOf(pid))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            status = p.waitFor();
        } catch (IOException e) {
            throw error(ExceptionTypes.OS_ERROR, 38, "Function not implemented");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw error(ExceptionTypes.OS_ERROR, 4, "Interrupted system call");
        }
        if (status != 0) {
            if (err.contains("ermitted")) {
                throw error(ExceptionTypes.PERMISSION_ERROR, 1, "Operation not permitted");
            }
            if (err.contains("nvalid")) {
                throw error(ExceptionTypes.OS_ERROR, 22, "Invalid argument");
            }
            throw error(ExceptionTypes.PROCESS_LOOKUP_ERROR, 3, "No such process");
        }
    }

    private static RuntimeException error(org.jpsyco.frontend.python.objects.PyType type, int errno, String msg) {
        PyBaseException exc = new PyBaseException(type, PyTuple.of(PyInt.of(errno), PyStr.of(msg)));
        exc.dict().putStr("errno", PyInt.of(errno));
        exc.dict().putStr("strerror", PyStr.of(msg));
        return exc.toThrowable();
    }
}
