package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyCell;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyObject;

/**
 * The state of one activation, and the whole of it: the deoptimization contract says the
 * interpreter can resume {@link #code} at instruction {@link #pc} from exactly these fields
 * (fast locals, cells, value stack with depth {@link #sp}, handled exception). Compiled code
 * leaving at a guard rebuilds a Frame and calls {@link Interpreter#resume}.
 */
public final class Frame {
    public final CodeObject code;
    public final PyDict globals;
    public final PyDict builtins;
    /** The namespace of NAME instructions: the module dict, a class body's dict; null in functions. */
    public PyObject locals;
    /** Fast locals, indexed like {@code code.varnames}; null means unbound. */
    public final PyObject[] fast;
    /** Cell variables then free variables. */
    public final PyCell[] cells;
    public final PyObject[] stack;
    /** Number of values on {@link #stack}. */
    public int sp;
    /** Index of the next instruction to run. */
    public int pc;
    /** The instruction being run (for tracebacks); -1 before the first. */
    public int lasti = -1;
    /** The exception being handled in this frame ({@code sys.exc_info()}), or null. */
    public PyBaseException handled;
    /**
     * When {@code >= 0}, the run stops (returning null with {@link #stopped} set) as soon as it
     * reaches this instruction index, leaving the frame resumable from there; used to check the
     * deoptimization contract and, later, for on-stack replacement at loop heads.
     */
    public int breakpoint = -1;
    /** Set when the last run stopped at {@link #breakpoint}. */
    public boolean stopped;
    /** Set when the last run stopped at a yield rather than a return. */
    public boolean yielded;
    /** The calling frame, while this frame runs. */
    public Frame back;

    private static final PyCell[] NO_CELLS = new PyCell[0];

    public Frame(CodeObject code, PyDict globals, PyDict builtins, PyObject locals, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.fast = new PyObject[code.varnames.length];
        int ncells = code.ncells();
        this.cells = ncells == 0 ? NO_CELLS : new PyCell[ncells];
        int nc = code.cellvars.length;
        for (int i = 0; i < nc; i++) {
            cells[i] = new PyCell(null);
        }
        if (closure != null) {
            System.arraycopy(closure, 0, cells, nc, closure.length);
        }
        this.stack = new PyObject[code.stacksize + 1];
    }

    /** A copy of this frame's state (used to check that frames can be rebuilt and resumed anywhere). */
    public Frame copy() {
        Frame f = new Frame(code, globals, builtins, locals, null);
        System.arraycopy(fast, 0, f.fast, 0, fast.length);
        System.arraycopy(cells, 0, f.cells, 0, cells.length);
        System.arraycopy(stack, 0, f.stack, 0, sp);
        f.sp = sp;
        f.pc = pc;
        f.handled = handled;
        return f;
    }

    public int lineno() {
        return code.lineOf(lasti < 0 ? 0 : lasti);
    }
}
