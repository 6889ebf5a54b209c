package org.jpsyco.frontend.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.Boolop;
import org.jpsyco.frontend.python.ast.Cmpop;
import org.jpsyco.frontend.python.ast.Comprehension;
import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.Keyword;
import org.jpsyco.frontend.python.ast.Located;
import org.jpsyco.frontend.python.ast.Operator;
import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.BinaryOp;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.symtable.Scope;
import org.jpsyco.frontend.python.symtable.SymbolTable;

/**
 * Expression code generation (the statement half is {@link Compiler}). Every expression
 * leaves exactly one value on the stack; instructions take the location of the innermost
 * expression being compiled, restored after each sub-expression as CPython does, so that
 * tracebacks point at the operation that failed.
 */
abstract class ExprCompiler extends CodeEmitter {
    ExprCompiler(String filename, SymbolTable symtable) {
        super(filename, symtable);
    }

    abstract CodeObject compileFunctionBody(Located node, Scope scope, String name,
            org.jpsyco.frontend.python.ast.Arguments args, List<org.jpsyco.frontend.python.ast.Stmt> body,
            Expr lambdaBody);

    // ---- expressions ----

    void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    void expr(Expr e) {
        int[] saved = saveLoc();
        setLoc(e.pos());
        try {
            exprInner(e);
        } finally {
            restoreLoc(saved);
        }
    }

    private void exprInner(Expr e) {
        switch (e) {
            case Expr.Constant c -> {
                PyObject v = ConstantFolding.constant(c.value());
                if (v == null) {
                    throw notSupported("complex numbers", c);
                }
                loadConst(v);
            }
            case Expr.Name n -> nameOp(n.id(), ExprContext.Load);
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                u.emit(Opcode.BINARY_OP, binop(b.op()).ordinal());
            }
            case Expr.UnaryOp un -> {
                expr(un.operand());
                u.emit(switch (un.op()) {
                    case Invert -> Opcode.UNARY_INVERT;
                    case Not -> Opcode.UNARY_NOT;
                    case UAdd -> Opcode.UNARY_POSITIVE;
                    case USub -> Opcode.UNARY_NEGATIVE;
                });
            }
            case Expr.BoolOp b -> {
                CodeUnit.Label end = new CodeUnit.Label();
                Opcode jump = b.op() == Boolop.And ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
                for (int i = 0; i < b.values().size(); i++) {
                    expr(b.values().get(i));
                    if (i < b.values().size() - 1) {
                        u.emitJump(jump, end);
                    }
                }
                u.bind(end);
            }
            case Expr.Compare c -> {
                warnings.compare(c);
                compare(c);
            }
            case Expr.IfExp i -> {
                CodeUnit.Label orelse = new CodeUnit.Label();
                CodeUnit.Label end = new CodeUnit.Label();
                expr(i.test());
                u.emitJump(Opcode.POP_JUMP_IF_FALSE, orelse);
                expr(i.body());
                u.emitJump(Opcode.JUMP, end);
                u.bind(orelse);
                expr(i.orelse());
                u.bind(end);
            }
            case Expr.NamedExpr ne -> {
                expr(ne.value());
                u.emit(Opcode.COPY, 1);
                store(ne.target());
            }
            case Expr.Attribute a -> {
                expr(a.value());
                setLoc(a.pos());
                u.emit(Opcode.LOAD_ATTR, u.addName(mangle(a.attr())));
            }
            case Expr.Subscript s -> {
                warnings.subscript(s);
                expr(s.value());
                expr(s.slice());
                u.emit(Opcode.BINARY_SUBSCR);
            }
            case Expr.Slice s -> {
                int n = 2;
                optional(s.lower());
                optional(s.upper());
                if (s.step() != null) {
                    expr(s.step());
                    n = 3;
                }
                u.emit(Opcode.BUILD_SLICE, n);
            }
            case Expr.Tuple t -> sequence(t.elts(), Opcode.BUILD_TUPLE, true);
            case Expr.List l -> sequence(l.elts(), Opcode.BUILD_LIST, false);
            case Expr.Set s -> {
                if (hasStarred(s.elts())) {
                    u.emit(Opcode.BUILD_SET, 0);
                    for (Expr x : s.elts()) {
                        if (x instanceof Expr.Starred st) {
                            expr(st.value());
                            u.emit(Opcode.SET_UPDATE, 1);
                        } else {
                            expr(x);
                            u.emit(Opcode.SET_ADD, 1);
                        }
                    }
                } else if (s.elts().size() >= 3 && ConstantFolding.allConstants(s.elts())) {
                    // CPython folds a display of three or more constants into a frozenset
                    // constant merged into a new set: the merge lays the table out its own way
                    u.emit(Opcode.BUILD_SET, 0);
                    loadConst(ConstantFolding.constantSet(s.elts()));
                    u.emit(Opcode.SET_UPDATE, 1);
                } else {
                    exprs(s.elts());
                    u.emit(Opcode.BUILD_SET, s.elts().size());
                }
            }
            case Expr.Dict d -> dict(d);
            case Expr.Call c -> call(c);
            case Expr.Lambda l -> {
                Scope scope = symtable.scopeOf(l);
                makeFunction(l, scope, "<lambda>", l.args(), List.of(), l.body());
            }
            case Expr.ListComp c -> comprehension(c, c.generators(), c.elt(), null, Opcode.BUILD_LIST);
            case Expr.SetComp c -> comprehension(c, c.generators(), c.elt(), null, Opcode.BUILD_SET);
            case Expr.DictComp c -> comprehension(c, c.generators(), c.key(), c.value(), Opcode.BUILD_MAP);
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), c.elt(), null, null);
            case Expr.JoinedStr j -> {
                for (Expr v : j.values()) {
                    expr(v);
                }
                if (j.values().size() != 1 || !(j.values().get(0) instanceof Expr.FormattedValue)) {
                    if (j.values().isEmpty()) {
                        loadConst(PyStr.EMPTY);
                    } else if (j.values().size() > 1 || j.values().get(0) instanceof Expr.Constant) {
                        u.emit(Opcode.BUILD_STRING, j.values().size());
                    }
                }
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                int flags = switch (f.conversion()) {
                    case 's' -> 1;
                    case 'r' -> 2;
                    case 'a' -> 3;
                    default -> 0;
                };
                if (f.formatSpec() != null) {
                    expr(f.formatSpec());
                    flags |= 4;
                }
                u.emit(Opcode.FORMAT_VALUE, flags);
            }
            case Expr.Yield y -> {
                if (y.value() != null) {
                    expr(y.value());
                } else {
                    loadNone();
                }
                if (u.scope.coroutine) {
                    u.emit(Opcode.ASYNC_GEN_WRAP);
                }
                u.emit(Opcode.YIELD_VALUE);
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                u.emit(Opcode.GET_YIELD_FROM_ITER);
                loadNone();
                CodeUnit.Label loop = new CodeUnit.Label();
                CodeUnit.Label exit = new CodeUnit.Label();
                u.bind(loop);
                u.emitJump(Opcode.SEND, exit);
                u.emit(Opcode.YIELD_VALUE);
                u.emitJump(Opcode.JUMP, loop);
                u.bind(exit);
            }
            case Expr.Starred s -> throw syntaxError("can't use starred expression here", s);
            case Expr.Await a -> {
                expr(a.value());
                awaitTop();
            }
        }
    }

    /** Awaits the awaitable on top of the stack, leaving its result. */
    void awaitTop() {
        u.emit(Opcode.GET_AWAITABLE);
        loadNone();
        CodeUnit.Label loop = new CodeUnit.Label();
        CodeUnit.Label exit = new CodeUnit.Label();
        u.bind(loop);
        u.emitJump(Opcode.SEND, exit);
        u.emit(Opcode.YIELD_VALUE);
        u.emitJump(Opcode.JUMP, loop);
        u.bind(exit);
    }

    /**
     * One step of an async iteration, the async iterator on top: pushes the next item; on
     * StopAsyncIteration the code continues at {@code done} (see {@link #endAsyncFor}).
     * Returns the depth the handler cuts the stack to.
     */
    int asyncNext(CodeUnit.Label done) {
        CodeUnit.Handler outer = u.handler;
        int depth = u.depth();
        u.handler = new CodeUnit.Handler(done, depth);
        u.emit(Opcode.GET_ANEXT);
        awaitTop();
        u.handler = outer;
        return depth;
    }

    /** The handler of {@link #asyncNext}: [aiter, exc] → ends the loop on StopAsyncIteration, else re-raises. */
    void endAsyncFor(CodeUnit.Label done, int depth) {
        u.bindHandler(done, depth);
        u.emit(Opcode.END_ASYNC_FOR);
    }

    private void optional(Expr e) {
        if (e == null) {
            loadNone();
        } else {
            expr(e);
        }
    }

    static BinaryOp binop(Operator op) {
        return switch (op) {
            case Add -> BinaryOp.ADD;
            case Sub -> BinaryOp.SUB;
            case Mult -> BinaryOp.MUL;
            case MatMult -> BinaryOp.MATMUL;
            case Div -> BinaryOp.TRUEDIV;
            case Mod -> BinaryOp.MOD;
            case Pow -> BinaryOp.POW;
            case LShift -> BinaryOp.LSHIFT;
            case RShift -> BinaryOp.RSHIFT;
            case BitOr -> BinaryOp.OR;
            case BitXor -> BinaryOp.XOR;
            case BitAnd -> BinaryOp.AND;
            case FloorDiv -> BinaryOp.FLOORDIV;
        };
    }

    private void compareOp(Cmpop op) {
        switch (op) {
            case Eq -> u.emit(Opcode.COMPARE_OP, CompareOp.EQ.ordinal());
            case NotEq -> u.emit(Opcode.COMPARE_OP, CompareOp.NE.ordinal());
            case Lt -> u.emit(Opcode.COMPARE_OP, CompareOp.LT.ordinal());
            case LtE -> u.emit(Opcode.COMPARE_OP, CompareOp.LE.ordinal());
            case Gt -> u.emit(Opcode.COMPARE_OP, CompareOp.GT.ordinal());
            case GtE -> u.emit(Opcode.COMPARE_OP, CompareOp.GE.ordinal());
            case Is -> u.emit(Opcode.IS_OP, 0);
            case IsNot -> u.emit(Opcode.IS_OP, 1);
            case In -> u.emit(Opcode.CONTAINS_OP, 0);
            case NotIn -> u.emit(Opcode.CONTAINS_OP, 1);
        }
    }

    private void compare(Expr.Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        CodeUnit.Label cleanup = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            u.emit(Opcode.SWAP, 2);
            u.emit(Opcode.COPY, 2);
            compareOp(c.ops().get(i));
            u.emitJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        compareOp(c.ops().get(n - 1));
        u.emitJump(Opcode.JUMP, end);
        u.bind(cleanup);
        u.emit(Opcode.SWAP, 2);
        u.emit(Opcode.POP_TOP);
        u.bind(end);
    }

    static boolean hasStarred(List<Expr> es) {
        for (Expr e : es) {
            if (e instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    private void sequence(List<Expr> elts, Opcode build, boolean tuple) {
        if (!hasStarred(elts)) {
            if (tuple && !elts.isEmpty() && elts.stream().allMatch(x -> x instanceof Expr.Constant k
                    && ConstantFolding.constant(k.value()) != null)) {
                PyObject[] items = new PyObject[elts.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = ConstantFolding.constant(((Expr.Constant) elts.get(i)).value());
                }
                u.emit(Opcode.LOAD_CONST, u.addConst(PyTuple.of(items), null));
                return;
            }
            exprs(elts);
            u.emit(build, elts.size());
            return;
        }
        u.emit(Opcode.BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred st) {
                expr(st.value());
                u.emit(Opcode.LIST_EXTEND, 1);
            } else {
                expr(x);
                u.emit(Opcode.LIST_APPEND, 1);
            }
        }
        if (tuple) {
            u.emit(Opcode.LIST_TO_TUPLE);
        }
    }

    private void dict(Expr.Dict d) {
        boolean unpack = d.keys().stream().anyMatch(k -> k == null);
        if (!unpack) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            u.emit(Opcode.BUILD_MAP, d.keys().size());
            return;
        }
        u.emit(Opcode.BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                u.emit(Opcode.DICT_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                u.emit(Opcode.MAP_ADD, 1);
            }
        }
    }

    private void call(Expr.Call c) {
        warnings.call(c);
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && u.scope.isFunctionLike() && u.scope.binding("__class__") == Scope.Binding.FREE
                && !u.varnames.isEmpty() && u.argcount + u.posonlyargcount > 0) {
            expr(c.func());
            nameOp("__class__", ExprContext.Load);
            String first = u.varnames.get(0);
            Scope.Binding b = u.scope.binding(first);
            if (b == Scope.Binding.CELL) {
                u.emit(Opcode.LOAD_DEREF, u.cellIndex(first));
            } else {
                u.emit(Opcode.LOAD_FAST, 0);
            }
            setLoc(c.pos());
            u.emit(Opcode.CALL, 2);
            return;
        }
        expr(c.func());
        callArgs(c, c.args(), c.keywords(), 0);
    }

    /** Emits arguments and the call; {@code already} positional arguments are on the stack above the callable. */
    void callArgs(Located site, List<Expr> args, List<Keyword> keywords, int already) {
        boolean starred = hasStarred(args) || keywords.stream().anyMatch(k -> k.arg() == null);
        if (!starred) {
            exprs(args);
            List<PyObject> names = new ArrayList<>();
            for (Keyword k : keywords) {
                expr(k.value());
                names.add(PyStr.of(k.arg()));
            }
            setLoc(site.pos());
            int n = already + args.size() + keywords.size();
            if (names.isEmpty()) {
                u.emit(Opcode.CALL, n);
            } else {
                u.emit(Opcode.LOAD_CONST, u.addConst(PyTuple.of(names), null));
                u.emit(Opcode.CALL_KW, n);
            }
            return;
        }
        if (already == 0 && args.size() == 1 && args.get(0) instanceof Expr.Starred only) {
            // f(*x): x goes to the call as it is (as in CPython), so a non-iterable x is reported
            // with the callee's name
            expr(only.value());
        } else {
            starredArgs(args, already);
        }
        int flags = 0;
        if (!keywords.isEmpty()) {
            flags = 1;
            if (keywords.stream().anyMatch(k -> k.arg() == null)) {
                doubleStarredKeywords(keywords);
            } else {
                u.emit(Opcode.BUILD_MAP, 0);
                for (Keyword k : keywords) {
                    loadConst(PyStr.of(k.arg()));
                    expr(k.value());
                    u.emit(Opcode.MAP_ADD, 1);
                }
            }
        }
        setLoc(site.pos());
        u.emit(Opcode.CALL_FUNCTION_EX, flags);
    }

    /**
     * Keywords with {@code **m}: a tuple of the mappings in order (runs of named keywords become
     * dicts), merged by the call itself, which knows the callee to name in CPython's messages
     * for a non-mapping and for a keyword given twice.
     */
    private void doubleStarredKeywords(List<Keyword> keywords) {
        int pieces = 0;
        boolean open = false;
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                expr(k.value());
                pieces++;
                open = false;
            } else {
                if (!open) {
                    u.emit(Opcode.BUILD_MAP, 0);
                    pieces++;
                    open = true;
                }
                loadConst(PyStr.of(k.arg()));
                expr(k.value());
                u.emit(Opcode.MAP_ADD, 1);
            }
        }
        u.emit(Opcode.BUILD_TUPLE, pieces);
    }

    private void starredArgs(List<Expr> args, int already) {
        u.emit(Opcode.BUILD_LIST, already);
        for (Expr x : args) {
            if (x instanceof Expr.Starred st) {
                expr(st.value());
                u.emit(Opcode.LIST_EXTEND, 1);
            } else {
                expr(x);
                u.emit(Opcode.LIST_APPEND, 1);
            }
        }
        u.emit(Opcode.LIST_TO_TUPLE);
    }

    /** Pushes a new function object for a def, lambda or comprehension. */
    void makeFunction(Located node, Scope scope, String name, org.jpsyco.frontend.python.ast.Arguments args,
            List<org.jpsyco.frontend.python.ast.Stmt> body, Expr lambdaBody) {
        int flags = 0;
        if (args != null && !args.defaults().isEmpty()) {
            exprs(args.defaults());
            u.emit(Opcode.BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        if (args != null) {
            int nkw = 0;
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d != null) {
                    loadConst(PyStr.of(mangle(args.kwonlyargs().get(i).arg())));
                    expr(d);
                    nkw++;
                }
            }
            if (nkw > 0) {
                u.emit(Opcode.BUILD_MAP, nkw);
                flags |= 2;
            }
            Expr returns = node instanceof org.jpsyco.frontend.python.ast.Stmt.FunctionDef fd ? fd.returns()
                    : node instanceof org.jpsyco.frontend.python.ast.Stmt.AsyncFunctionDef afd ? afd.returns() : null;
            // CPython's order: regular parameters first, then positional-only ones
            int nann = argAnnotations(args.args()) + argAnnotations(args.posonlyargs())
                    + argAnnotations(java.util.Collections.singletonList(args.vararg()))
                    + argAnnotations(args.kwonlyargs())
                    + argAnnotations(java.util.Collections.singletonList(args.kwarg()));
            if (returns != null) {
                loadConst(PyStr.of("return"));
                annotation(returns);
                nann++;
            }
            if (nann > 0) {
                u.emit(Opcode.BUILD_MAP, nann);
                flags |= 4;
            }
        }
        CodeObject code = compileFunctionBody(node, scope, name, args, body, lambdaBody);
        closure(code);
        if (code.freevars.length > 0) {
            flags |= 8;
        }
        u.emit(Opcode.LOAD_CONST, u.addConst(code, null));
        u.emit(Opcode.MAKE_FUNCTION, flags);
    }

    /** Pushes name/annotation pairs of the annotated parameters; returns how many. */
    private int argAnnotations(List<org.jpsyco.frontend.python.ast.Arg> args) {
        int n = 0;
        for (org.jpsyco.frontend.python.ast.Arg a : args) {
            if (a != null && a.annotation() != null) {
                loadConst(PyStr.of(mangle(a.arg())));
                annotation(a.annotation());
                n++;
            }
        }
        return n;
    }

    /** Pushes an annotation's value, or its text under {@code from __future__ import annotations}. */
    void annotation(Expr e) {
        String text = futureAnnotations ? AnnotationText.of(e) : null;
        if (text != null) {
            loadConst(PyStr.of(text));
        } else {
            expr(e);
        }
    }

    void closure(CodeObject code) {
        if (code.freevars.length == 0) {
            return;
        }
        for (String fv : code.freevars) {
            u.emit(Opcode.LOAD_CLOSURE, u.cellIndex(fv));
        }
        u.emit(Opcode.BUILD_TUPLE, code.freevars.length);
    }

    /**
     * The iterable of a {@code for} or comprehension: a display of constants there is CPython's
     * frozenset constant, iterated in the order its own insertions gave it.
     */
    void iterable(Expr e) {
        if (e instanceof Expr.Set s && !s.elts().isEmpty() && ConstantFolding.allConstants(s.elts())) {
            loadConst(ConstantFolding.constantSet(s.elts()));
        } else {
            expr(e);
        }
    }

    private void comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr value, Opcode build) {
        Scope scope = symtable.scopeOf(node);
        String name = scope.name;
        CodeObject code = compileComprehension(node, scope, name, gens, elt, value, build);
        int flags = 0;
        closure(code);
        if (code.freevars.length > 0) {
            flags |= 8;
        }
        u.emit(Opcode.LOAD_CONST, u.addConst(code, null));
        u.emit(Opcode.MAKE_FUNCTION, flags);
        iterable(gens.get(0).iter());
        u.emit(gens.get(0).isAsync() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
        setLoc(node.pos());
        u.emit(Opcode.CALL, 1);
        if (scope.coroutine && !scope.generator) {
            // a list, set or dict comprehension that awaits is a coroutine the caller awaits
            awaitTop();
        }
    }

    abstract CodeObject compileComprehension(Expr node, Scope scope, String name, List<Comprehension> gens, Expr elt,
            Expr value, Opcode build);

    /** The loops of a comprehension body, innermost producing the element. */
    void comprehensionLoops(List<Comprehension> gens, int index, Expr elt, Expr value, Opcode build) {
        Comprehension g = gens.get(index);
        CodeUnit.Label start = new CodeUnit.Label();
        CodeUnit.Label end = new CodeUnit.Label();
        boolean async = g.isAsync() != 0;
        if (index == 0) {
            u.emit(Opcode.LOAD_FAST, u.varIndex(".0"));
        } else {
            iterable(g.iter());
            u.emit(async ? Opcode.GET_AITER : Opcode.GET_ITER);
        }
        u.bind(start);
        int handlerDepth = 0;
        if (async) {
            handlerDepth = asyncNext(end);
        } else {
            u.emitJump(Opcode.FOR_ITER, end);
        }
        store(g.target());
        for (Expr cond : g.ifs()) {
            expr(cond);
            u.emitJump(Opcode.POP_JUMP_IF_FALSE, start);
        }
        if (index + 1 < gens.size()) {
            comprehensionLoops(gens, index + 1, elt, value, build);
        } else if (build == null) {
            expr(elt);
            if (u.scope.coroutine) {
                u.emit(Opcode.ASYNC_GEN_WRAP);
            }
            u.emit(Opcode.YIELD_VALUE);
            u.emit(Opcode.POP_TOP);
        } else if (build == Opcode.BUILD_MAP) {
            expr(elt);
            expr(value);
            u.emit(Opcode.MAP_ADD, gens.size() + 1);
        } else {
            expr(elt);
            u.emit(build == Opcode.BUILD_LIST ? Opcode.LIST_APPEND : Opcode.SET_ADD, gens.size() + 1);
        }
        u.emitJump(Opcode.JUMP, start);
        if (async) {
            endAsyncFor(end, handlerDepth);
        } else {
            u.bind(end);
        }
    }

    // ---- assignment targets ----

    void store(Expr target) {
        int[] saved = saveLoc();
        setLoc(target.pos());
        try {
            switch (target) {
                case Expr.Name n -> nameOp(n.id(), ExprContext.Store);
                case Expr.Attribute a -> {
                    expr(a.value());
                    setLoc(a.pos());
                    u.emit(Opcode.STORE_ATTR, u.addName(mangle(a.attr())));
                }
                case Expr.Subscript s -> {
                    expr(s.value());
                    expr(s.slice());
                    setLoc(s.pos());
                    u.emit(Opcode.STORE_SUBSCR);
                }
                case Expr.Tuple t -> unpack(t.elts(), t);
                case Expr.List l -> unpack(l.elts(), l);
                case Expr.Starred s -> throw syntaxError("starred assignment target must be in a list or tuple", s);
                default -> throw syntaxError("cannot assign to " + target.nodeName(), target);
            }
        } finally {
            restoreLoc(saved);
        }
    }

    private void unpack(List<Expr> elts, Located node) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw syntaxError("multiple starred expressions in assignment", node);
                }
                star = i;
            }
        }
        if (star < 0) {
            u.emit(Opcode.UNPACK_SEQUENCE, elts.size());
        } else {
            u.emit(Opcode.UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        }
        for (Expr e : elts) {
            store(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    void delete(Expr target) {
        int[] saved = saveLoc();
        setLoc(target.pos());
        try {
            switch (target) {
                case Expr.Name n -> nameOp(n.id(), ExprContext.Del);
                case Expr.Attribute a -> {
                    expr(a.value());
                    u.emit(Opcode.DELETE_ATTR, u.addName(mangle(a.attr())));
                }
                case Expr.Subscript s -> {
                    expr(s.value());
                    expr(s.slice());
                    u.emit(Opcode.DELETE_SUBSCR);
                }
                case Expr.Tuple t -> t.elts().forEach(this::delete);
                case Expr.List l -> l.elts().forEach(this::delete);
                default -> throw syntaxError("cannot delete " + target.nodeName(), target);
            }
        } finally {
            restoreLoc(saved);
        }
    }
}
