package org.jpsyco.frontend.python.compiler;

import java.util.List;

import org.jpsyco.frontend.python.ast.ExceptHandler;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.Located;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.ast.WithItem;
import org.jpsyco.frontend.python.bytecode.Opcode;

/**
 * Compiles the statements that install exception handlers: {@code try} with {@code except},
 * {@code except*}, {@code else} and {@code finally}, and {@code with} / {@code async with}.
 * Each protected range gets a handler in the code unit's exception table; the handler runs
 * with the previously handled exception saved under the current one ({@code PUSH_EXC_INFO})
 * and is itself protected by a cleanup handler that restores it before re-raising. The
 * compile-time block stack ({@link Compiler.FBlock}) lets {@code break}, {@code continue} and
 * {@code return} run the same exits on the way out.
 */
final class TryCompiler {
    private final Compiler c;

    TryCompiler(Compiler c) {
        this.c = c;
    }

    void tryStmt(Stmt.Try t) {
        if (!t.finalbody().isEmpty()) {
            tryFinally(t.finalbody(), () -> {
                if (t.handlers().isEmpty()) {
                    c.stmts(t.body());
                } else {
                    tryExcept(t.body(), t.handlers(), t.orelse(), t);
                }
            });
        } else {
            tryExcept(t.body(), t.handlers(), t.orelse(), t);
        }
    }

    /** Runs {@code inner} (the try part, with its handlers) protected by the finally body. */
    private void tryFinally(List<Stmt> finalbody, Runnable inner) {
        CodeUnit u = c.u;
        CodeUnit.Label handlerLabel = new CodeUnit.Label();
        CodeUnit.Label cleanup = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        CodeUnit.Handler outer = u.handler;
        int depth = u.depth();
        u.handler = new CodeUnit.Handler(handlerLabel, depth);
        u.fblocks.add(new Compiler.FBlock(Compiler.FKind.FINALLY_TRY, null, null, finalbody, null, outer));
        inner.run();
        u.fblocks.remove(u.fblocks.size() - 1);
        u.handler = outer;
        if (u.reachable()) {
            c.stmts(finalbody);
            u.emitJump(Opcode.JUMP, end);
        }
        // exceptional path: [prev, exc] while the finally body runs
        u.bindHandler(handlerLabel, depth);
        u.handler = new CodeUnit.Handler(cleanup, depth + 1);
        u.emit(Opcode.PUSH_EXC_INFO);
        u.fblocks.add(new Compiler.FBlock(Compiler.FKind.FINALLY_END, null, null, null, null, outer));
        c.stmts(finalbody);
        u.fblocks.remove(u.fblocks.size() - 1);
        u.emit(Opcode.RERAISE);
        u.handler = outer;
        emitCleanup(cleanup, depth);
        u.bind(end);
    }

    /** The cleanup handler: [prev, exc] → restore prev as the handled exception, re-raise exc. */
    void emitCleanup(CodeUnit.Label cleanup, int depth) {
        CodeUnit u = c.u;
        u.bindHandler(cleanup, depth + 1);
        u.emit(Opcode.SWAP, 2);
        u.emit(Opcode.POP_EXCEPT);
        u.emit(Opcode.RERAISE);
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, Located node) {
        CodeUnit u = c.u;
        CodeUnit.Label handlerLabel = new CodeUnit.Label();
        CodeUnit.Label cleanup = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        CodeUnit.Handler outer = u.handler;
        int depth = u.depth();
        u.handler = new CodeUnit.Handler(handlerLabel, depth);
        u.fblocks.add(new Compiler.FBlock(Compiler.FKind.TRY_EXCEPT, null, null, null, null, outer));
        c.stmts(body);
        u.fblocks.remove(u.fblocks.size() - 1);
        u.handler = outer;
        if (u.reachable()) {
            c.stmts(orelse);
            if (u.reachable()) {
                u.emitJump(Opcode.JUMP, end);
            }
        }
        u.bindHandler(handlerLabel, depth);
        CodeUnit.Handler cleanupHandler = new CodeUnit.Handler(cleanup, depth + 1);
        u.handler = cleanupHandler;
        u.emit(Opcode.PUSH_EXC_INFO);
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            c.setLoc(h.pos());
            if (h.type() == null && i < handlers.size() - 1) {
                throw c.syntaxError("default 'except:' must be last", h);
            }
            CodeUnit.Label next = new CodeUnit.Label();
            if (h.type() != null) {
                c.expr(h.type());
                u.emit(Opcode.CHECK_EXC_MATCH);
                u.emitJump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                c.nameOp(h.name(), ExprContext.Store);
                CodeUnit.Label cleanupBody = new CodeUnit.Label();
                u.handler = new CodeUnit.Handler(cleanupBody, depth + 1);
                u.fblocks.add(new Compiler.FBlock(Compiler.FKind.HANDLER_CLEANUP, null, null, null, h.name(), cleanupHandler));
                c.stmts(h.body());
                u.fblocks.remove(u.fblocks.size() - 1);
                u.handler = cleanupHandler;
                if (u.reachable()) {
                    u.handler = outer;
                    u.emit(Opcode.POP_EXCEPT);
                    c.loadNone();
                    c.nameOp(h.name(), ExprContext.Store);
                    c.nameOp(h.name(), ExprContext.Del);
                    u.emitJump(Opcode.JUMP, end);
                }
                u.handler = cleanupHandler;
                u.bindHandler(cleanupBody, depth + 1);
                c.loadNone();
                c.nameOp(h.name(), ExprContext.Store);
                c.nameOp(h.name(), ExprContext.Del);
                u.emit(Opcode.RERAISE);
            } else {
                u.emit(Opcode.POP_TOP);
                u.fblocks.add(new Compiler.FBlock(Compiler.FKind.HANDLER_CLEANUP, null, null, null, null, cleanupHandler));
                c.stmts(h.body());
                u.fblocks.remove(u.fblocks.size() - 1);
                if (u.reachable()) {
                    u.handler = outer;
                    u.emit(Opcode.POP_EXCEPT);
                    u.emitJump(Opcode.JUMP, end);
                    u.handler = cleanupHandler;
                }
            }
            u.bind(next);
            if (h.type() != null) {
                u.setDepth(depth + 2);
            }
        }
        if (handlers.get(handlers.size() - 1).type() != null) {
            u.setDepth(depth + 2);
            u.emit(Opcode.RERAISE);
        }
        u.handler = outer;
        emitCleanup(cleanup, depth);
        u.bind(end);
        u.setDepth(depth);
    }

    /** {@code with} and {@code async with}: one nested block per item, innermost last. */
    void withStmt(Stmt w, int index, boolean async) {
        CodeUnit u = c.u;
        List<WithItem> items = w instanceof Stmt.With s ? s.items() : ((Stmt.AsyncWith) w).items();
        List<Stmt> body = w instanceof Stmt.With s ? s.body() : ((Stmt.AsyncWith) w).body();
        WithItem item = items.get(index);
        CodeUnit.Label handlerLabel = new CodeUnit.Label();
        CodeUnit.Label cleanup = new CodeUnit.Label();
        CodeUnit.Label suppress = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        c.expr(item.contextExpr());
        c.setLoc(w.pos());
        if (async) {
            u.emit(Opcode.BEFORE_ASYNC_WITH);
            c.awaitTop();
        } else {
            u.emit(Opcode.BEFORE_WITH);
        }
        int depth = u.depth() - 1;
        CodeUnit.Handler outer = u.handler;
        u.handler = new CodeUnit.Handler(handlerLabel, depth);
        if (item.optionalVars() != null) {
            c.store(item.optionalVars());
        } else {
            u.emit(Opcode.POP_TOP);
        }
        u.fblocks.add(new Compiler.FBlock(async ? Compiler.FKind.ASYNC_WITH : Compiler.FKind.WITH, null, null, null,
                null, outer));
        if (index + 1 < items.size()) {
            withStmt(w, index + 1, async);
        } else {
            c.stmts(body);
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        u.handler = outer;
        if (u.reachable()) {
            c.setLoc(w.pos());
            c.loadNone();
            c.loadNone();
            c.loadNone();
            u.emit(Opcode.CALL, 3);
            if (async) {
                c.awaitTop();
            }
            u.emit(Opcode.POP_TOP);
            u.emitJump(Opcode.JUMP, end);
        }
        // stack: exit, exc
        u.bindHandler(handlerLabel, depth);
        u.handler = new CodeUnit.Handler(cleanup, depth + 1);
        c.setLoc(w.pos());
        u.emit(Opcode.PUSH_EXC_INFO);
        u.emit(Opcode.WITH_EXCEPT_START);
        if (async) {
            c.awaitTop();
        }
        u.emitJump(Opcode.POP_JUMP_IF_TRUE, suppress);
        u.emit(Opcode.RERAISE);
        u.bind(suppress);
        u.setDepth(depth + 3);
        u.emit(Opcode.POP_TOP);
        u.emit(Opcode.POP_EXCEPT);
        u.handler = outer;
        u.emit(Opcode.POP_TOP);
        u.emitJump(Opcode.JUMP, end);
        emitCleanup(cleanup, depth);
        u.bind(end);
        u.setDepth(depth - 1);
    }

    /**
     * {@code try ... except* ...}: the handlers see the original exception group under the
     * list of what they raise and the part of the group not matched yet. Each clause splits
     * the rest ({@code CHECK_EG_MATCH}); an exception raised by a clause body goes into the
     * list; at the end {@code PREP_RERAISE_STAR} combines the unmatched rest, what was
     * re-raised and what was raised into the exception to propagate, or None.
     */
    void tryStar(Stmt.TryStar t) {
        if (!t.finalbody().isEmpty()) {
            tryFinally(t.finalbody(), () -> tryStarExcept(t));
            return;
        }
        tryStarExcept(t);
    }

    private void tryStarExcept(Stmt.TryStar t) {
        CodeUnit u = c.u;
        CodeUnit.Label handlerLabel = new CodeUnit.Label();
        CodeUnit.Label cleanup = new CodeUnit.Label();
        CodeUnit.Label reraiseStar = new CodeUnit.Label();
        CodeUnit.Label reraise = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        CodeUnit.Handler outer = u.handler;
        int depth = u.depth();
        u.handler = new CodeUnit.Handler(handlerLabel, depth);
        u.fblocks.add(new Compiler.FBlock(Compiler.FKind.TRY_EXCEPT, null, null, null, null, outer));
        c.stmts(t.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        u.handler = outer;
        if (u.reachable()) {
            c.stmts(t.orelse());
            if (u.reachable()) {
                u.emitJump(Opcode.JUMP, end);
            }
        }
        // [exc] → [prev, orig, raised list, rest]
        u.bindHandler(handlerLabel, depth);
        CodeUnit.Handler cleanupHandler = new CodeUnit.Handler(cleanup, depth + 1);
        u.handler = cleanupHandler;
        u.emit(Opcode.PUSH_EXC_INFO);
        u.emit(Opcode.COPY, 1);
        u.emit(Opcode.BUILD_LIST, 0);
        u.emit(Opcode.SWAP, 2);
        int base = depth + 4;
        List<ExceptHandler> handlers = t.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            c.setLoc(h.pos());
            CodeUnit.Label matched = new CodeUnit.Label();
            CodeUnit.Label next = new CodeUnit.Label();
            c.expr(h.type());
            u.emit(Opcode.CHECK_EG_MATCH);
            u.emit(Opcode.COPY, 1);
            u.emitJump(Opcode.POP_JUMP_IF_NOT_NONE, matched);
            u.emit(Opcode.POP_TOP);
            u.emitJump(Opcode.JUMP, next);
            u.bind(matched);
            u.setDepth(base + 1);
            if (h.name() != null) {
                c.nameOp(h.name(), ExprContext.Store);
            } else {
                u.emit(Opcode.POP_TOP);
            }
            CodeUnit.Label cleanupBody = new CodeUnit.Label();
            u.handler = new CodeUnit.Handler(cleanupBody, base);
            u.fblocks.add(new Compiler.FBlock(Compiler.FKind.EXCEPTION_GROUP_HANDLER, null, null, null, h.name(),
                    cleanupHandler));
            c.stmts(h.body());
            u.fblocks.remove(u.fblocks.size() - 1);
            u.handler = cleanupHandler;
            if (u.reachable()) {
                clearName(h.name());
                u.emitJump(Opcode.JUMP, next);
            }
            // a clause body raised: [.., rest, exc] → the exception joins the list
            u.bindHandler(cleanupBody, base);
            clearName(h.name());
            u.emit(Opcode.LIST_APPEND, 2);
            u.bind(next);
            u.setDepth(base);
        }
        // the rest (None when everything matched) joins the list too
        u.emit(Opcode.LIST_APPEND, 1);
        u.bind(reraiseStar);
        u.emit(Opcode.PREP_RERAISE_STAR);
        u.emit(Opcode.COPY, 1);
        u.emitJump(Opcode.POP_JUMP_IF_NOT_NONE, reraise);
        u.emit(Opcode.POP_TOP);
        u.handler = outer;
        u.emit(Opcode.POP_EXCEPT);
        u.emitJump(Opcode.JUMP, end);
        u.bind(reraise);
        u.setDepth(depth + 2);
        u.emit(Opcode.SWAP, 2);
        u.emit(Opcode.POP_EXCEPT);
        u.emit(Opcode.RERAISE);
        emitCleanup(cleanup, depth);
        u.bind(end);
        u.setDepth(depth);
    }

    private void clearName(String name) {
        if (name != null) {
            c.loadNone();
            c.nameOp(name, ExprContext.Store);
            c.nameOp(name, ExprContext.Del);
        }
    }
}
