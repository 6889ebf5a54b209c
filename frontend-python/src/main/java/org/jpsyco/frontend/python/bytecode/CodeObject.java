package org.jpsyco.frontend.python.bytecode;

import java.util.HashMap;
import java.util.Map;

import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyType;

/**
 * A compiled code object: the bytecode of one module, class body, function, lambda or
 * comprehension, with its constants and names, variable layout, line table and exception
 * table. Immutable once built.
 *
 * <p>Variable layout of a frame: {@link #varnames} are the fast locals (arguments first);
 * cells are {@link #cellvars} followed by {@link #freevars} (the closure). A cell variable
 * that is also an argument is copied into its cell on entry ({@link #cell2arg}).
 */
public final class CodeObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT);

    public static final int VARARGS = 0x4;
    public static final int VARKEYWORDS = 0x8;
    public static final int GENERATOR = 0x20;
    public static final int COROUTINE = 0x80;
    public static final int ASYNC_GENERATOR = 0x200;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstlineno;
    public final int[] code;
    public final PyObject[] consts;
    public final String[] names;
    /** {@link #names} as interned str objects, the keys the interpreter looks names up with. */
    public final PyStr[] nameStrs;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final int stacksize;
    /** Per instruction: start line, end line, start column, end column (UTF-8 byte offsets; -1 unknown). */
    public final int[] lines;
    public final int[] endLines;
    public final int[] cols;
    public final int[] endCols;
    public final ExceptionTableEntry[] exceptionTable;
    /** For each cell variable, the index of the argument it starts as, or -1. */
    public final int[] cell2arg;
    /** The interpreter's inline caches, one slot per instruction; made on first run, not part of the code's value. */
    private Object[] caches;

    /**
     * The JIT's record of this code (opaque here), kept on the code so that a call finds it
     * without a map lookup; the JIT checks it belongs to its own runtime before using it.
     */
    public Object jitState;

    /** The inline cache slots of this code, one per instruction (see {@link #caches}). */
    public Object[] caches() {
        Object[] c = caches;
        if (c == null) {
            c = new Object[code.length];
            caches = c;
        }
        return c;
    }

    public CodeObject(String name, String qualname, String filename, int firstlineno, int[] code, PyObject[] consts,
            String[] names, String[] varnames, String[] cellvars, String[] freevars, int argcount,
            int posonlyargcount, int kwonlyargcount, int flags, int stacksize, int[] lines, int[] endLines,
            int[] cols, int[] endCols, ExceptionTableEntry[] exceptionTable) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstlineno = firstlineno;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.nameStrs = new PyStr[names.length];
        for (int i = 0; i < names.length; i++) {
            nameStrs[i] = PyStr.name(names[i]);
        }
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.stacksize = stacksize;
        this.lines = lines;
        this.endLines = endLines;
        this.cols = cols;
        this.endCols = endCols;
        this.exceptionTable = exceptionTable;
        int nargs = totalArgs();
        this.cell2arg = new int[cellvars.length];
        for (int i = 0; i < cellvars.length; i++) {
            cell2arg[i] = -1;
            for (int j = 0; j < nargs; j++) {
                if (varnames[j].equals(cellvars[i])) {
                    cell2arg[i] = j;
                }
            }
        }
    }

    /**
     * Makes this code object and those nested in it use one str object per name, so that a key
     * stored under a name by one function and looked up by another is found by identity.
     */
    public void shareNames() {
        shareNames(new HashMap<>());
    }

    private void shareNames(Map<String, PyStr> seen) {
        for (int i = 0; i < names.length; i++) {
            PyStr s = seen.putIfAbsent(names[i], nameStrs[i]);
            if (s != null) {
                nameStrs[i] = s;
            }
        }
        for (PyObject c : consts) {
            if (c instanceof CodeObject sub) {
                sub.shareNames(seen);
            }
        }
    }

    /** Number of argument slots: positional, keyword-only, *args, **kwargs. */
    public int totalArgs() {
        return argcount + kwonlyargcount + ((flags & VARARGS) != 0 ? 1 : 0) + ((flags & VARKEYWORDS) != 0 ? 1 : 0);
    }

    public int ncells() {
        return cellvars.length + freevars.length;
    }

    public String cellName(int i) {
        return i < cellvars.length ? cellvars[i] : freevars[i - cellvars.length];
    }

    public boolean isGenerator() {
        return (flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR)) != 0;
    }

    public boolean isAsyncGenerator() {
        return (flags & ASYNC_GENERATOR) != 0;
    }

    public boolean isCoroutine() {
        return (flags & COROUTINE) != 0;
    }

    public int lineOf(int instr) {
        return instr >= 0 && instr < lines.length ? lines[instr] : firstlineno;
    }

    /** The handler for an exception raised at {@code instr}, or null. */
    public ExceptionTableEntry handlerFor(int instr) {
        for (ExceptionTableEntry e : exceptionTable) {
            if (instr >= e.start() && instr < e.end()) {
                return e;
            }
        }
        return null;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
