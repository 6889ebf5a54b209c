package org.jpsyco.frontend.python.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.ExceptionTableEntry;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.symtable.Scope;

/**
 * Builds one code object. Code that cannot be reached (after a return, raise or jump, up to
 * the next label some jump targets) is not emitted. Protocol: {@link #emit} instructions (each takes the current source
 * location and the current exception handler), {@link #bind} labels where jumps land,
 * then {@link #finish} once. The stack depth is tracked while emitting: a jump records the
 * depth at its target; after an instruction that does not fall through, the next bound label
 * supplies the depth. Exception handlers are recorded per instruction and compressed into
 * non-overlapping ranges at the end, so the run time needs no block stack.
 */
final class CodeUnit {
    /** A jump target; {@code index} is set by {@link CodeUnit#bind}, {@code depth} by the first jump to it. */
    static final class Label {
        int index = -1;
        int depth = -1;
    }

    /** An exception handler: where to go and the stack depth to cut back to. */
    record Handler(Label label, int depth) {
    }

    private record Instr(Opcode op, int arg, Label target, int line, int endLine, int col, int endCol,
            Handler handler) {
    }

    final Scope scope;
    final String name;
    final String qualname;
    final String filename;
    final int firstLine;
    private final List<Instr> instrs = new ArrayList<>();
    private final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    final List<String> varnames;
    final List<String> cellvars;
    final List<String> freevars;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    int flags;
    /** Current source location for emitted instructions. */
    int line;
    int endLine;
    int col;
    int endCol;
    Handler handler;
    private int depth;
    private int maxDepth;
    private boolean reachable = true;
    /** Compile-time block stack (loops, try, with, handlers) for break/continue/return unwinding. */
    final List<Compiler.FBlock> fblocks = new ArrayList<>();

    CodeUnit(Scope scope, String name, String qualname, String filename, int firstLine) {
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.line = firstLine;
        this.endLine = firstLine;
        this.col = -1;
        this.endCol = -1;
        this.varnames = new ArrayList<>(scope.varnames());
        this.cellvars = scope.cellvars();
        this.freevars = scope.freevars();
    }

    int depth() {
        return depth;
    }

    void emit(Opcode op, int arg) {
        emit(op, arg, null);
    }

    void emit(Opcode op) {
        emit(op, 0, null);
    }

    void emitJump(Opcode op, Label target) {
        emit(op, 0, target);
    }

    private void emit(Opcode op, int arg, Label target) {
        if (!reachable) {
            return;
        }
        instrs.add(new Instr(op, arg, target, line, endLine, col, endCol, handler));
        if (op.has(Opcode.Flag.CAN_RAISE) && handler != null) {
            handler.label.depth = Math.max(handler.label.depth, handler.depth + 1);
        }
        if (target != null) {
            int jd = depth + op.stackEffect(arg, true);
            if (target.depth < jd) {
                target.depth = jd;
            }
            maxDepth = Math.max(maxDepth, jd);
        }
        depth += op.stackEffect(arg, false);
        maxDepth = Math.max(maxDepth, depth);
        if (depth < 0) {
            throw new IllegalStateException("negative stack depth at " + op + " in " + qualname);
        }
        reachable = !op.has(Opcode.Flag.NO_FALLTHROUGH);
    }

    void bind(Label l) {
        l.index = instrs.size();
        if (!reachable) {
            if (l.depth >= 0) {
                depth = l.depth;
                reachable = true;
            }
        } else if (l.depth > depth) {
            depth = l.depth;
        }
    }

    /** Binds a handler label: the stack holds the handler's depth plus the exception. */
    void bindHandler(Label l, int handlerDepth) {
        l.index = instrs.size();
        depth = handlerDepth + 1;
        maxDepth = Math.max(maxDepth, depth);
        reachable = true;
    }

    /** Forces the tracked depth (after code that leaves by a path the tracker cannot see). */
    void setDepth(int d) {
        depth = d;
    }

    boolean reachable() {
        return reachable;
    }

    int addConst(PyObject value, Object key) {
        Integer i = key == null ? null : constIndex.get(key);
        if (i != null) {
            return i;
        }
        consts.add(value);
        if (key != null) {
            constIndex.put(key, consts.size() - 1);
        }
        return consts.size() - 1;
    }

    int addName(String n) {
        int i = names.indexOf(n);
        if (i >= 0) {
            return i;
        }
        names.add(n);
        return names.size() - 1;
    }

    int varIndex(String n) {
        int i = varnames.indexOf(n);
        if (i < 0) {
            varnames.add(n);
            i = varnames.size() - 1;
        }
        return i;
    }

    int cellIndex(String n) {
        int i = cellvars.indexOf(n);
        if (i >= 0) {
            return i;
        }
        i = freevars.indexOf(n);
        if (i >= 0) {
            return cellvars.size() + i;
        }
        throw new IllegalStateException("no cell for " + n + " in " + qualname);
    }

    CodeObject finish() {
        int n = instrs.size();
        int[] code = new int[n];
        int[] lines = new int[n];
        int[] endLines = new int[n];
        int[] cols = new int[n];
        int[] endCols = new int[n];
        List<ExceptionTableEntry> table = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instr in = instrs.get(i);
            int arg = in.target != null ? in.target.index : in.arg;
            if (in.target != null && arg < 0) {
                throw new IllegalStateException("unbound label in " + qualname);
            }
            code[i] = Opcode.encode(in.op, arg);
            lines[i] = in.line;
            endLines[i] = in.endLine;
            cols[i] = in.col;
            endCols[i] = in.endCol;
            Handler h = in.handler;
            if (h != null) {
                ExceptionTableEntry last = table.isEmpty() ? null : table.get(table.size() - 1);
                if (last != null && last.end() == i && last.handler() == h.label.index && last.depth() == h.depth) {
                    table.set(table.size() - 1, new ExceptionTableEntry(last.start(), i + 1, last.handler(),
                            last.depth()));
                } else {
                    table.add(new ExceptionTableEntry(i, i + 1, h.label.index, h.depth));
                }
            }
        }
        return new CodeObject(name, qualname, filename, firstLine, code, consts.toArray(new PyObject[0]),
                names.toArray(new String[0]), varnames.toArray(new String[0]), cellvars.toArray(new String[0]),
                freevars.toArray(new String[0]), argcount, posonlyargcount, kwonlyargcount, flags, maxDepth + 1,
                lines, endLines, cols, endCols, table.toArray(new ExceptionTableEntry[0]));
    }
}
