package org.jpsyco.frontend.python.modules;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.Args;
import org.jpsyco.frontend.python.objects.Codecs;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * One primitive for the POSIX calls of {@code os} that work on real file descriptors, users,
 * groups and scheduling ({@link OsDescriptorSource} builds the Python functions on it), as
 * CPython's posixmodule calls the C library: {@code _ccall(name, signature, *args)} calls the C
 * function {@code name} through the FFM API and returns {@code (result, errno, *out_buffers)}.
 *
 * <p>The signature is {@code RET:ARGS}, one letter a value. Arguments: {@code i} int,
 * {@code l} long, {@code s} a str or bytes passed as a NUL-terminated C string (UTF-8,
 * surrogateescape as the file system encoding), {@code b} bytes passed by pointer, {@code x}
 * bytes passed by pointer and read back after the call (in-out), {@code B}
 * an out buffer of the given size (its bytes come back after the call), {@code n} a NULL
 * pointer (the argument is ignored). A {@code |} before an argument marks where a variadic
 * function's variable arguments start. Results: {@code i} int, {@code l} long, {@code s} a
 * returned C string (None for NULL), {@code v} nothing. Linked handles are cached by name and
 * signature; they hold no interpreter state.
 */
final class OsNative {
    private OsNative() {
    }

    private static final Map<String, MethodHandle> HANDLES = new ConcurrentHashMap<>();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    static void define(PyModule m, org.jpsyco.frontend.python.runtime.PythonRuntimeState rt) {
        m.def("_ccall", (a, k) -> {
            Args.check("_ccall", a, k, 2, 64);
            return call(Args.str(a[0], "_ccall()"), Args.str(a[1], "_ccall()"), a);
        });
        // _stdwrite(fd, data): descriptors 1 and 2 are the runtime's own output streams (which a
        // container may have redirected), written unbuffered as a write(2) on them would be
        m.def("_stdwrite", (a, k) -> {
            byte[] b = ((PyBytes) a[1]).value;
            TextStream out = (TextStream) (Abstract.index(a[0]).intValue() == 2 ? rt.stderr : rt.stdout);
            out.writeRaw(b, 0, b.length);
            return PyInt.of(b.length);
        });
        // _exit(status): ends the process at once, without cleanup or flushing, as CPython's
        m.def("_exit", (a, k) -> {
            Args.check("_exit", a, k, 1, 1);
            Runtime.getRuntime().halt(Abstract.index(a[0]).intValue());
            return PySingleton.NONE;
        });
    }

    private static MethodHandle handle(String name, String sig) {
        return HANDLES.computeIfAbsent(name + "/" + sig, key -> {
            int colon = sig.indexOf(':');
            String args = sig.substring(colon + 1);
            List<MemoryLayout> layouts = new ArrayList<>();
            int variadic = -1;
            for (char c : args.toCharArray()) {
                if (c == '|') {
                    variadic = layouts.size();
                    continue;
                }
                layouts.add(layout(c));
            }
            char r = sig.charAt(0);
            MemoryLayout[] argLayouts = layouts.toArray(new MemoryLayout[0]);
            FunctionDescriptor fd = r == 'v' ? FunctionDescriptor.ofVoid(argLayouts)
                    : FunctionDescriptor.of(layout(r), argLayouts);
            Linker linker = Linker.nativeLinker();
            MemorySegment addr = linker.defaultLookup().find(name).orElse(null);
            if (addr == null) {
                return null;
            }
            Linker.Option state = Linker.Option.captureCallState("errno");
            return variadic < 0 ? linker.downcallHandle(addr, fd, state)
                    : linker.downcallHandle(addr, fd, Linker.Option.firstVariadicArg(variadic), state);
        });
    }

    private static MemoryLayout layout(char c) {
        return switch (c) {
            case 'i' -> ValueLayout.JAVA_INT;
            case 'l' -> ValueLayout.JAVA_LONG;
            case 's', 'b', 'x', 'B', 'n' -> ValueLayout.ADDRESS;
            default -> throw Errors.valueError("bad signature letter '" + c + "'");
        };
    }

    private static PyObject call(String name, String sig, PyObject[] a) {
        MethodHandle h = handle(name, sig);
        if (h == null) {
            throw Errors.raise(org.jpsyco.frontend.python.objects.ExceptionTypes.OS_ERROR, PyInt.of(38),
                    PyStr.of("Function not implemented"));
        }
        String args = sig.substring(sig.indexOf(':') + 1).replace("|", "");
        if (a.length - 2 != args.length()) {
            throw Errors.typeError(name + " takes " + args.length() + " arguments");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(CALL_STATE);
            Object[] values = new Object[args.length() + 1];
            values[0] = state;
            List<MemorySegment> outs = new ArrayList<>();
            for (int i = 0; i < args.length(); i++) {
                PyObject v = a[i + 2];
                values[i + 1] = switch (args.charAt(i)) {
                    case 'i' -> Abstract.index(v).intValue();
                    case 'l' -> Abstract.index(v).longValue();
                    case 's' -> arena.allocateFrom(ValueLayout.JAVA_BYTE, cString(v));
                    case 'b' -> {
                        byte[] b = ((PyBytes) v).value;
                        yield b.length == 0 ? arena.allocate(1) : arena.allocateFrom(ValueLayout.JAVA_BYTE, b);
                    }
                    case 'x' -> {
                        MemorySegment io = arena.allocateFrom(ValueLayout.JAVA_BYTE, ((PyBytes) v).value);
                        outs.add(io);
                        yield io;
                    }
                    case 'B' -> {
                        MemorySegment out = arena.allocate(Math.max(1, Abstract.index(v).longValue()));
                        outs.add(out.asSlice(0, Abstract.index(v).longValue()));
                        yield out;
                    }
                    default -> MemorySegment.NULL;
                };
            }
            Object r = h.invokeWithArguments(values);
            int errno = (int) ERRNO.get(state, 0L);
            PyObject result = switch (sig.charAt(0)) {
                case 'i' -> PyInt.of((int) r);
                case 'l' -> PyInt.of((long) r);
                case 's' -> ((MemorySegment) r).equals(MemorySegment.NULL) ? PySingleton.NONE
                        : PyStr.of(((MemorySegment) r).reinterpret(4096).getString(0));
                default -> PySingleton.NONE;
            };
            PyObject[] items = new PyObject[2 + outs.size()];
            items[0] = result;
            items[1] = PyInt.of(errno);
            for (int i = 0; i < outs.size(); i++) {
                items[2 + i] = new PyBytes(outs.get(i).toArray(ValueLayout.JAVA_BYTE));
            }
            return PyTuple.of(items);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A path or name as the C library takes it: the file system encoding's bytes, NUL-terminated. */
    private static byte[] cString(PyObject v) {
        byte[] b = v instanceof PyBytes pb ? pb.value
                : Codecs.encode((PyStr) v, "utf-8", "surrogateescape");
        for (byte x : b) {
            if (x == 0) {
                throw Errors.valueError("embedded null byte");
            }
        }
        byte[] z = java.util.Arrays.copyOf(b, b.length + 1);
        return z;
    }
}
