package org.jpsyco.frontend.python.compiler;

import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.Located;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.symtable.Scope;
import org.jpsyco.frontend.python.symtable.SymbolTable;

/**
 * What every part of the bytecode compiler emits through: the code unit being written, the
 * source location its next instructions take, constants, and the name operations a binding's
 * scope calls for (fast local, cell, global or namespace lookup).
 */
abstract class CodeEmitter {
    final String filename;
    final SymbolTable symtable;
    CodeUnit u;
    /** Whether the module starts with {@code from __future__ import annotations}. */
    boolean futureAnnotations;
    /** Where SyntaxWarnings go (nowhere unless the caller of {@link Compiler#compile} wants them). */
    CompileWarnings warnings = new CompileWarnings(w -> {
    });

    CodeEmitter(String filename, SymbolTable symtable) {
        this.filename = filename;
        this.symtable = symtable;
    }

    CompileError notSupported(String what, Located n) {
        return CompileError.notSupported(what, filename, n.pos().lineno());
    }

    CompileError syntaxError(String msg, Located n) {
        return new CompileError("SyntaxError", msg, filename, n.pos().lineno(), n.pos().colOffset() + 1);
    }

    void setLoc(Pos p) {
        u.line = p.lineno();
        u.endLine = p.endLineno();
        u.col = p.colOffset();
        u.endCol = p.endColOffset();
    }

    int[] saveLoc() {
        return new int[] {u.line, u.endLine, u.col, u.endCol};
    }

    void restoreLoc(int[] l) {
        u.line = l[0];
        u.endLine = l[1];
        u.col = l[2];
        u.endCol = l[3];
    }

    void loadConst(PyObject v) {
        Object key = v instanceof PyFloat f ? (Object) ("f" + Double.doubleToRawLongBits(f.value))
                : v instanceof PyStr s ? "s" + s.value() : v instanceof PyBool b ? "b" + b.value
                : v instanceof PyInt i ? "i" + i.repr() : v == PySingleton.NONE ? "None" : null;
        u.emit(Opcode.LOAD_CONST, u.addConst(v, key));
    }

    void loadNone() {
        loadConst(PySingleton.NONE);
    }

    // ---- names ----

    String mangle(String n) {
        return SymbolTable.mangle(u.scope.privateName, n);
    }

    void nameOp(String id, ExprContext ctx) {
        String n = mangle(id);
        Scope s = u.scope;
        Scope.Binding b = s.binding(n);
        boolean fn = s.isFunctionLike();
        switch (b) {
            case FREE, CELL -> {
                if (s.kind == Scope.Kind.CLASS && b == Scope.Binding.FREE && ctx == ExprContext.Load) {
                    u.emit(Opcode.LOAD_CLASSDEREF, u.cellIndex(n));
                    return;
                }
                if (s.kind == Scope.Kind.CLASS && b == Scope.Binding.CELL && !n.equals("__class__")) {
                    nameOps(n, ctx);
                    return;
                }
                int i = u.cellIndex(n);
                u.emit(ctx == ExprContext.Load ? Opcode.LOAD_DEREF : ctx == ExprContext.Store ? Opcode.STORE_DEREF
                        : Opcode.DELETE_DEREF, i);
            }
            case GLOBAL_EXPLICIT -> globalOp(n, ctx);
            case GLOBAL_IMPLICIT -> {
                if (fn) {
                    globalOp(n, ctx);
                } else {
                    nameOps(n, ctx);
                }
            }
            case LOCAL -> {
                if (fn) {
                    int i = u.varIndex(n);
                    u.emit(ctx == ExprContext.Load ? Opcode.LOAD_FAST : ctx == ExprContext.Store ? Opcode.STORE_FAST
                            : Opcode.DELETE_FAST, i);
                } else {
                    nameOps(n, ctx);
                }
            }
        }
    }

    private void globalOp(String n, ExprContext ctx) {
        u.emit(ctx == ExprContext.Load ? Opcode.LOAD_GLOBAL : ctx == ExprContext.Store ? Opcode.STORE_GLOBAL
                : Opcode.DELETE_GLOBAL, u.addName(n));
    }

    private void nameOps(String n, ExprContext ctx) {
        u.emit(ctx == ExprContext.Load ? Opcode.LOAD_NAME : ctx == ExprContext.Store ? Opcode.STORE_NAME
                : Opcode.DELETE_NAME, u.addName(n));
    }
}
