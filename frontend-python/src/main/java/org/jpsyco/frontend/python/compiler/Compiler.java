package org.jpsyco.frontend.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.Alias;
import org.jpsyco.frontend.python.ast.Arg;
import org.jpsyco.frontend.python.ast.Arguments;
import org.jpsyco.frontend.python.ast.Comprehension;
import org.jpsyco.frontend.python.ast.ExceptHandler;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.Keyword;
import org.jpsyco.frontend.python.ast.Located;
import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.ast.WithItem;
import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.parser.SyntaxChecks;
import org.jpsyco.frontend.python.symtable.Scope;
import org.jpsyco.frontend.python.symtable.SymbolTable;

/**
 * Compiles a module's AST to code objects. Statements are compiled here, expressions in
 * {@link ExprCompiler}. Control flow that leaves a block early ({@code break},
 * {@code continue}, {@code return}) unwinds the compile-time block stack ({@link FBlock}),
 * emitting the cleanup each block needs (pop the loop iterator, run the finally body,
 * restore the handled exception, call {@code __exit__}) exactly as the normal exit would.
 *
 * <p>Exception handling uses the 3.11 protocol: a raising instruction inside a protected
 * range jumps to the handler with the stack cut to the recorded depth and the exception
 * pushed; {@code PUSH_EXC_INFO} saves the previously handled exception under it and
 * {@code POP_EXCEPT} restores it; every handler body is itself protected by a cleanup
 * handler that restores the previous exception before re-raising.
 */
public final class Compiler extends ExprCompiler {
    /** What {@link #compile} accepts, as CPython's compile modes. */
    public enum Mode { EXEC, EVAL, SINGLE }

    enum FKind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        EXCEPTION_GROUP_HANDLER
    }

    /** A compile-time block: loops know their continue/break labels, finally blocks their body. */
    record FBlock(FKind kind, CodeUnit.Label start, CodeUnit.Label exit, List<Stmt> finalbody, String name,
            CodeUnit.Handler savedHandler) {
    }

    /** The for loops whose generator is closed when break or return leaves them (see AbandonedIterators). */
    private final java.util.Map<FBlock, String> closingLoops = new java.util.HashMap<>();

    private Compiler(String filename, SymbolTable st) {
        super(filename, st);
    }

    /**
     * Compiles a parsed module, expression or interactive statement to its code object.
     *
     * @throws org.jpsyco.frontend.python.parser.PythonSyntaxError for the errors CPython
     *         finds after parsing (symbol table and compiler stages)
     */
    public static CodeObject compile(Mod mod, String filename, Mode mode) {
        return compile(mod, filename, mode, w -> {
        });
    }

    /** As {@link #compile(Mod, String, Mode)}, reporting CPython's compile-time SyntaxWarnings to {@code warnings}. */
    public static CodeObject compile(Mod mod, String filename, Mode mode,
            java.util.function.Consumer<CompileWarning> warnings) {
        SymbolTable st = SyntaxChecks.checkAndBuild(mod, filename);
        Compiler c = new Compiler(filename, st);
        c.futureAnnotations = mod instanceof Mod.Module m && hasFutureAnnotations(m.body());
        c.warnings = new CompileWarnings(warnings);
        CodeObject co = c.module(mod, mode);
        co.shareNames();
        return co;
    }

    private static boolean hasFutureAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                for (Alias a : f.names()) {
                    if ("annotations".equals(a.name())) {
                        return true;
                    }
                }
            } else if (!(s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant)) {
                return false;
            }
        }
        return false;
    }

    /** CPython's find_ann: does a module or class body annotate a name (outside nested scopes)? */
    private static boolean findAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.AsyncFor f -> findAnnotations(f.body()) || findAnnotations(f.orelse());
                case Stmt.While w -> findAnnotations(w.body()) || findAnnotations(w.orelse());
                case Stmt.If i -> findAnnotations(i.body()) || findAnnotations(i.orelse());
                case Stmt.With w -> findAnnotations(w.body());
                case Stmt.AsyncWith w -> findAnnotations(w.body());
                case Stmt.Try t -> findAnnotations(t.body()) || findAnnotations(t.orelse())
                        || findAnnotations(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> findAnnotations(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private CodeObject module(Mod mod, Mode mode) {
        u = new CodeUnit(symtable.top, "<module>", "<module>", filename, 1);
        switch (mod) {
            case Mod.Module m -> {
                if (!m.body().isEmpty()) {
                    u.line = m.body().get(0).pos().lineno();
                }
                docstring(m.body(), Opcode.STORE_NAME);
                if (findAnnotations(m.body())) {
                    u.emit(Opcode.SETUP_ANNOTATIONS);
                }
                body(m.body(), true);
                u.line = -1;
                u.col = -1;
                u.endCol = -1;
                loadNone();
                u.emit(Opcode.RETURN_VALUE);
            }
            case Mod.Interactive m -> {
                for (Stmt s : m.body()) {
                    if (s instanceof Stmt.ExprStmt e) {
                        setLoc(s.pos());
                        expr(e.value());
                        u.emit(Opcode.PRINT_EXPR);
                    } else {
                        stmt(s);
                    }
                }
                loadNone();
                u.emit(Opcode.RETURN_VALUE);
            }
            case Mod.Expression e -> {
                expr(e.body());
                u.emit(Opcode.RETURN_VALUE);
            }
            default -> throw CompileError.notSupported(mod.nodeName(), filename, 1);
        }
        return u.finish();
    }

    private void docstring(List<Stmt> body, Opcode store) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            setLoc(e.pos());
            loadConst(PyStr.of(s));
            u.emit(store, u.addName("__doc__"));
        }
    }

    private void body(List<Stmt> stmts, boolean skipDocstring) {
        for (int i = 0; i < stmts.size(); i++) {
            if (i == 0 && skipDocstring && stmts.get(0) instanceof Stmt.ExprStmt e
                    && e.value() instanceof Expr.Constant c && c.value() instanceof String) {
                continue;
            }
            stmt(stmts.get(i));
        }
    }

    void stmtsFrom(List<Stmt> stmts) {
        stmts(stmts);
    }

    void stmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            stmt(s);
        }
    }

    private String childQualname(String name) {
        Scope s = u.scope;
        if (s.kind == Scope.Kind.MODULE) {
            return name;
        }
        if (s.kind == Scope.Kind.CLASS) {
            return u.qualname + "." + name;
        }
        return u.qualname + ".<locals>." + name;
    }

    @Override
    CodeObject compileFunctionBody(Located node, Scope scope, String name, Arguments args, List<Stmt> body,
            Expr lambdaBody) {
        CodeUnit saved = u;
        String qualname = childQualname(name);
        u = new CodeUnit(scope, name, qualname, filename, node.pos().lineno());
        u.posonlyargcount = args.posonlyargs().size();
        u.argcount = args.posonlyargs().size() + args.args().size();
        u.kwonlyargcount = args.kwonlyargs().size();
        if (args.vararg() != null) {
            u.flags |= CodeObject.VARARGS;
        }
        if (args.kwarg() != null) {
            u.flags |= CodeObject.VARKEYWORDS;
        }
        u.flags |= generatorFlags(scope);
        reorderParams(args);
        if (lambdaBody != null) {
            expr(lambdaBody);
            u.emit(Opcode.RETURN_VALUE);
        } else {
            setLoc(body.get(0).pos());
            if (body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String s) {
                u.addConst(PyStr.of(s), null);
            } else {
                u.addConst(PySingleton.NONE, "None");
            }
            body(body, true);
            if (u.reachable()) {
                u.line = -1;
                loadNone();
                u.emit(Opcode.RETURN_VALUE);
            }
        }
        CodeObject code = u.finish();
        u = saved;
        return code;
    }

    /** A generator, a coroutine, or both: an async generator. */
    private static int generatorFlags(Scope scope) {
        if (scope.coroutine && scope.generator) {
            return CodeObject.ASYNC_GENERATOR;
        }
        return scope.coroutine ? CodeObject.COROUTINE : scope.generator ? CodeObject.GENERATOR : 0;
    }

    /** Parameters in CPython order: positional, keyword-only, *args, **kwargs. */
    private void reorderParams(Arguments args) {
        List<String> order = new ArrayList<>();
        for (Arg a : args.posonlyargs()) {
            order.add(mangle(a.arg()));
        }
        for (Arg a : args.args()) {
            order.add(mangle(a.arg()));
        }
        for (Arg a : args.kwonlyargs()) {
            order.add(mangle(a.arg()));
        }
        if (args.vararg() != null) {
            order.add(mangle(args.vararg().arg()));
        }
        if (args.kwarg() != null) {
            order.add(mangle(args.kwarg().arg()));
        }
        List<String> rest = new ArrayList<>(u.varnames);
        rest.removeAll(order);
        u.varnames.clear();
        u.varnames.addAll(order);
        u.varnames.addAll(rest);
    }

    @Override
    CodeObject compileComprehension(Expr node, Scope scope, String name, List<Comprehension> gens, Expr elt,
            Expr value, Opcode build) {
        CodeUnit saved = u;
        u = new CodeUnit(scope, name, childQualname(name), filename, node.pos().lineno());
        setLoc(node.pos());
        u.argcount = 1;
        u.flags |= generatorFlags(scope);
        u.varnames.remove(".0");
        u.varnames.add(0, ".0");
        if (build != null) {
            u.emit(build, 0);
        }
        comprehensionLoops(gens, 0, elt, value, build);
        if (build == null) {
            loadNone();
        }
        u.emit(Opcode.RETURN_VALUE);
        CodeObject code = u.finish();
        u = saved;
        return code;
    }

    // ---- statements ----

    private void stmt(Stmt s) {
        setLoc(s.pos());
        switch (s) {
            case Stmt.ExprStmt e -> {
                if (e.value() instanceof Expr.Constant) {
                    return;
                }
                expr(e.value());
                setLoc(s.pos());
                u.emit(Opcode.POP_TOP);
            }
            case Stmt.Assign a -> {
                expr(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        u.emit(Opcode.COPY, 1);
                    }
                    store(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                    store(a.target());
                }
                if (a.target() instanceof Expr.Name n && a.simple() != 0 && !u.scope.isFunctionLike()) {
                    annotation(a.annotation());
                    u.emit(Opcode.LOAD_NAME, u.addName("__annotations__"));
                    loadConst(PyStr.of(mangle(n.id())));
                    u.emit(Opcode.STORE_SUBSCR);
                }
            }
            case Stmt.Delete d -> d.targets().forEach(this::delete);
            case Stmt.Pass p -> {
            }
            case Stmt.If i -> ifStmt(i);
            case Stmt.While w -> whileStmt(w);
            case Stmt.For f -> forStmt(f);
            case Stmt.Break b -> breakContinue(b, true);
            case Stmt.Continue c -> breakContinue(c, false);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    expr(r.exc());
                    n = 1;
                    if (r.cause() != null) {
                        expr(r.cause());
                        n = 2;
                    }
                }
                setLoc(s.pos());
                u.emit(Opcode.RAISE_VARARGS, n);
            }
            case Stmt.Try t -> new TryCompiler(this).tryStmt(t);
            case Stmt.With w -> new TryCompiler(this).withStmt(w, 0, false);
            case Stmt.Assert a -> {
                warnings.assertTest(a, a.test());
                CodeUnit.Label end = new CodeUnit.Label();
                expr(a.test());
                u.emitJump(Opcode.POP_JUMP_IF_TRUE, end);
                setLoc(s.pos());
                u.emit(Opcode.LOAD_ASSERTION_ERROR);
                if (a.msg() != null) {
                    expr(a.msg());
                    u.emit(Opcode.CALL, 1);
                }
                u.emit(Opcode.RAISE_VARARGS, 1);
                u.bind(end);
            }
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> {
            }
            case Stmt.Nonlocal n -> {
            }
            case Stmt.TryStar t -> new TryCompiler(this).tryStar(t);
            case Stmt.AsyncFunctionDef f -> {
                exprs(f.decoratorList());
                setLoc(f.pos());
                makeFunction(f, symtable.scopeOf(f), f.name(), f.args(), f.body(), null);
                for (int i = 0; i < f.decoratorList().size(); i++) {
                    u.emit(Opcode.CALL, 1);
                }
                nameOp(f.name(), ExprContext.Store);
            }
            case Stmt.AsyncFor f -> asyncForStmt(f);
            case Stmt.AsyncWith w -> new TryCompiler(this).withStmt(w, 0, true);
            case Stmt.Match m -> new MatchCompiler(this).match(m);
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        int op = binop(a.op()).ordinal() | Opcode.INPLACE;
        switch (a.target()) {
            case Expr.Name n -> {
                nameOp(n.id(), ExprContext.Load);
                expr(a.value());
                setLoc(a.pos());
                u.emit(Opcode.BINARY_OP, op);
                nameOp(n.id(), ExprContext.Store);
            }
            case Expr.Attribute at -> {
                expr(at.value());
                u.emit(Opcode.COPY, 1);
                setLoc(at.pos());
                u.emit(Opcode.LOAD_ATTR, u.addName(mangle(at.attr())));
                expr(a.value());
                setLoc(a.pos());
                u.emit(Opcode.BINARY_OP, op);
                u.emit(Opcode.SWAP, 2);
                u.emit(Opcode.STORE_ATTR, u.addName(mangle(at.attr())));
            }
            case Expr.Subscript sub -> {
                expr(sub.value());
                expr(sub.slice());
                u.emit(Opcode.COPY, 2);
                u.emit(Opcode.COPY, 2);
                setLoc(sub.pos());
                u.emit(Opcode.BINARY_SUBSCR);
                expr(a.value());
                setLoc(a.pos());
                u.emit(Opcode.BINARY_OP, op);
                u.emit(Opcode.SWAP, 3);
                u.emit(Opcode.SWAP, 2);
                u.emit(Opcode.STORE_SUBSCR);
            }
            default -> throw syntaxError("'" + a.target().nodeName() + "' is an illegal expression for augmented "
                    + "assignment", a);
        }
    }

    private void ifStmt(Stmt.If i) {
        CodeUnit.Label orelse = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        expr(i.test());
        u.emitJump(Opcode.POP_JUMP_IF_FALSE, orelse);
        stmts(i.body());
        if (!i.orelse().isEmpty()) {
            if (u.reachable()) {
                u.emitJump(Opcode.JUMP, end);
            }
            u.bind(orelse);
            stmts(i.orelse());
        } else {
            u.bind(orelse);
        }
        u.bind(end);
    }

    private void whileStmt(Stmt.While w) {
        CodeUnit.Label start = new CodeUnit.Label();
        CodeUnit.Label orelse = new CodeUnit.Label();
        CodeUnit.Label exit = new CodeUnit.Label();
        u.bind(start);
        expr(w.test());
        u.emitJump(Opcode.POP_JUMP_IF_FALSE, orelse);
        u.fblocks.add(new FBlock(FKind.WHILE_LOOP, start, exit, null, null, null));
        stmts(w.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        setLoc(w.pos());
        if (u.reachable()) {
            u.emitJump(Opcode.JUMP, start);
        }
        u.bind(orelse);
        stmts(w.orelse());
        u.bind(exit);
    }

    private void forStmt(Stmt.For f) {
        CodeUnit.Label start = new CodeUnit.Label();
        CodeUnit.Label cleanup = new CodeUnit.Label();
        CodeUnit.Label exit = new CodeUnit.Label();
        iterable(f.iter());
        setLoc(f.iter().pos());
        u.emit(Opcode.GET_ITER);
        u.bind(start);
        setLoc(f.pos());
        u.emitJump(Opcode.FOR_ITER, cleanup);
        store(f.target());
        FBlock loop = new FBlock(FKind.FOR_LOOP, start, exit, null, null, null);
        if (f.iter() instanceof Expr.Call call) {
            String callee = call.func() instanceof Expr.Name n ? n.id()
                    : call.func() instanceof Expr.Attribute at ? at.attr() : null;
            if (org.jpsyco.frontend.python.objects.AbandonedIterators.closesIterator(callee)) {
                closingLoops.put(loop, callee);
            }
        }
        u.fblocks.add(loop);
        stmts(f.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        setLoc(f.pos());
        if (u.reachable()) {
            u.emitJump(Opcode.JUMP, start);
        }
        u.bind(cleanup);
        stmts(f.orelse());
        u.bind(exit);
    }

    /**
     * {@code async for}: each step awaits {@code __anext__()} under a handler that ends the
     * loop on StopAsyncIteration ({@code END_ASYNC_FOR}) and re-raises anything else.
     */
    private void asyncForStmt(Stmt.AsyncFor f) {
        CodeUnit.Label start = new CodeUnit.Label();
        CodeUnit.Label done = new CodeUnit.Label();
        CodeUnit.Label exit = new CodeUnit.Label();
        expr(f.iter());
        setLoc(f.iter().pos());
        u.emit(Opcode.GET_AITER);
        u.bind(start);
        setLoc(f.pos());
        int handlerDepth = asyncNext(done);
        store(f.target());
        u.fblocks.add(new FBlock(FKind.FOR_LOOP, start, exit, null, null, null));
        stmts(f.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        setLoc(f.pos());
        if (u.reachable()) {
            u.emitJump(Opcode.JUMP, start);
        }
        endAsyncFor(done, handlerDepth);
        stmts(f.orelse());
        u.bind(exit);
    }

    private void breakContinue(Stmt s, boolean isBreak) {
        int loop = -1;
        for (int i = u.fblocks.size() - 1; i >= 0; i--) {
            FKind k = u.fblocks.get(i).kind();
            if (k == FKind.WHILE_LOOP || k == FKind.FOR_LOOP) {
                loop = i;
                break;
            }
        }
        if (loop < 0) {
            throw syntaxError(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
        }
        noExitFromExceptStar(loop + 1, s);
        unwind(loop + 1, false);
        FBlock l = u.fblocks.get(loop);
        setLoc(s.pos());
        if (isBreak) {
            if (l.kind() == FKind.FOR_LOOP) {
                popIterator(l);
            }
            u.emitJump(Opcode.JUMP, l.exit());
        } else {
            u.emitJump(Opcode.JUMP, l.start());
        }
        restoreHandler();
    }

    /** Drops a for loop's iterator when leaving the loop early, closing it first if the loop owns it. */
    private void popIterator(FBlock loop) {
        String callee = closingLoops.get(loop);
        if (callee != null) {
            u.emit(Opcode.LOAD_CONST, u.addConst(org.jpsyco.frontend.python.objects.AbandonedIterators.CLOSE,
                    "\0close-abandoned-iterator"));
            u.emit(Opcode.SWAP, 2);
            loadConst(org.jpsyco.frontend.python.objects.PyStr.of(callee));
            u.emit(Opcode.CALL, 2);
        }
        u.emit(Opcode.POP_TOP);
    }

    private void returnStmt(Stmt.Return r) {
        if (!u.scope.isFunctionLike()) {
            throw syntaxError("'return' outside function", r);
        }
        if (r.value() != null) {
            expr(r.value());
        } else {
            loadNone();
        }
        noExitFromExceptStar(0, r);
        unwind(0, true);
        setLoc(r.pos());
        u.emit(Opcode.RETURN_VALUE);
        restoreHandler();
    }

    /** CPython does not let break, continue or return leave an except* clause. */
    private void noExitFromExceptStar(int downTo, Located s) {
        for (int i = u.fblocks.size() - 1; i >= downTo; i--) {
            if (u.fblocks.get(i).kind() == FKind.EXCEPTION_GROUP_HANDLER) {
                throw syntaxError("'break', 'continue' and 'return' cannot appear in an except* block", s);
            }
        }
    }

    /**
     * Emits the exits of the blocks above {@code downTo} (innermost first), each under the
     * exception handler that was active outside it. {@code preserveTop} keeps a value (a
     * return value) on top of the stack throughout.
     */
    private void unwind(int downTo, boolean preserveTop) {
        CodeUnit.Handler original = u.handler;
        List<FBlock> saved = new ArrayList<>(u.fblocks);
        for (int i = saved.size() - 1; i >= downTo; i--) {
            FBlock b = saved.get(i);
            u.handler = b.savedHandler() != null ? b.savedHandler() : u.handler;
            if (b.kind() == FKind.TRY_EXCEPT || b.kind() == FKind.FINALLY_TRY || b.kind() == FKind.FINALLY_END
                    || b.kind() == FKind.HANDLER_CLEANUP || b.kind() == FKind.WITH || b.kind() == FKind.ASYNC_WITH) {
                u.handler = b.savedHandler();
            }
            switch (b.kind()) {
                case WHILE_LOOP, TRY_EXCEPT -> {
                }
                case FOR_LOOP -> {
                    if (preserveTop) {
                        u.emit(Opcode.SWAP, 2);
                    }
                    popIterator(b);
                }
                case FINALLY_TRY -> {
                    while (u.fblocks.size() > i) {
                        u.fblocks.remove(u.fblocks.size() - 1);
                    }
                    stmts(b.finalbody());
                    u.fblocks.clear();
                    u.fblocks.addAll(saved);
                }
                case FINALLY_END -> {
                    if (preserveTop) {
                        u.emit(Opcode.SWAP, 2);
                    }
                    u.emit(Opcode.POP_TOP);
                    if (preserveTop) {
                        u.emit(Opcode.SWAP, 2);
                    }
                    u.emit(Opcode.POP_EXCEPT);
                }
                case HANDLER_CLEANUP -> {
                    if (preserveTop) {
                        u.emit(Opcode.SWAP, 2);
                    }
                    u.emit(Opcode.POP_EXCEPT);
                    if (b.name() != null) {
                        loadNone();
                        nameOp(b.name(), ExprContext.Store);
                        nameOp(b.name(), ExprContext.Del);
                    }
                }
                case WITH, ASYNC_WITH -> {
                    if (preserveTop) {
                        u.emit(Opcode.SWAP, 2);
                    }
                    loadNone();
                    loadNone();
                    loadNone();
                    u.emit(Opcode.CALL, 3);
                    if (b.kind() == FKind.ASYNC_WITH) {
                        awaitTop();
                    }
                    u.emit(Opcode.POP_TOP);
                }
                case EXCEPTION_GROUP_HANDLER -> throw new IllegalStateException("checked before unwinding");
            }
        }
        unwindHandler = original;
    }

    private CodeUnit.Handler unwindHandler;

    private void restoreHandler() {
        if (unwindHandler != null) {
            u.handler = unwindHandler;
            unwindHandler = null;
        }
    }

    private void functionDef(Stmt.FunctionDef f) {
        exprs(f.decoratorList());
        setLoc(f.pos());
        makeFunction(f, symtable.scopeOf(f), f.name(), f.args(), f.body(), null);
        for (int i = 0; i < f.decoratorList().size(); i++) {
            u.emit(Opcode.CALL, 1);
        }
        nameOp(f.name(), ExprContext.Store);
    }

    private void classDef(Stmt.ClassDef c) {
        exprs(c.decoratorList());
        setLoc(c.pos());
        u.emit(Opcode.LOAD_BUILD_CLASS);
        Scope scope = symtable.scopeOf(c);
        CodeUnit saved = u;
        String qualname = childQualname(c.name());
        u = new CodeUnit(scope, c.name(), qualname, filename, c.pos().lineno());
        setLoc(c.pos());
        u.emit(Opcode.LOAD_NAME, u.addName("__name__"));
        u.emit(Opcode.STORE_NAME, u.addName("__module__"));
        loadConst(PyStr.of(qualname));
        u.emit(Opcode.STORE_NAME, u.addName("__qualname__"));
        docstring(c.body(), Opcode.STORE_NAME);
        if (findAnnotations(c.body())) {
            u.emit(Opcode.SETUP_ANNOTATIONS);
        }
        body(c.body(), true);
        u.line = -1;
        if (scope.needsClassCell) {
            u.emit(Opcode.LOAD_CLOSURE, u.cellIndex("__class__"));
            u.emit(Opcode.COPY, 1);
            u.emit(Opcode.STORE_NAME, u.addName("__classcell__"));
        } else {
            loadNone();
        }
        u.emit(Opcode.RETURN_VALUE);
        CodeObject code = u.finish();
        u = saved;
        setLoc(c.pos());
        closure(code);
        u.emit(Opcode.LOAD_CONST, u.addConst(code, null));
        u.emit(Opcode.MAKE_FUNCTION, code.freevars.length > 0 ? 8 : 0);
        loadConst(PyStr.of(c.name()));
        List<Expr> args = c.bases();
        List<Keyword> kws = c.keywords();
        callArgs(c, args, kws, 2);
        for (int i = 0; i < c.decoratorList().size(); i++) {
            u.emit(Opcode.CALL, 1);
        }
        nameOp(c.name(), ExprContext.Store);
    }

    private void importStmt(Stmt.Import i) {
        for (Alias a : i.names()) {
            setLoc(i.pos());
            loadConst(PyInt.of(0));
            loadNone();
            u.emit(Opcode.IMPORT_NAME, u.addName(a.name()));
            if (a.asname() != null) {
                String[] parts = a.name().split("\\.");
                for (int k = 1; k < parts.length; k++) {
                    u.emit(Opcode.IMPORT_FROM, u.addName(parts[k]));
                    u.emit(Opcode.SWAP, 2);
                    u.emit(Opcode.POP_TOP);
                }
                nameOp(a.asname(), ExprContext.Store);
            } else {
                nameOp(a.name().split("\\.")[0], ExprContext.Store);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom i) {
        int level = i.level() == null ? 0 : i.level();
        loadConst(PyInt.of(level));
        List<PyObject> names = new ArrayList<>();
        for (Alias a : i.names()) {
            names.add(PyStr.of(a.name()));
        }
        u.emit(Opcode.LOAD_CONST, u.addConst(PyTuple.of(names), null));
        u.emit(Opcode.IMPORT_NAME, u.addName(i.module() == null ? "" : i.module()));
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            u.emit(Opcode.IMPORT_STAR);
            return;
        }
        for (Alias a : i.names()) {
            u.emit(Opcode.IMPORT_FROM, u.addName(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), ExprContext.Store);
        }
        u.emit(Opcode.POP_TOP);
    }
}
