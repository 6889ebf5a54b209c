package org.jpsyco.frontend.python.compiler;

import java.util.ArrayList;
import java.util.List;

import org.jpsyco.frontend.python.ast.ConstantValue;
import org.jpsyco.frontend.python.ast.ExprContext;
import org.jpsyco.frontend.python.ast.MatchCase;
import org.jpsyco.frontend.python.ast.Pattern;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.bytecode.Opcode;
import org.jpsyco.frontend.python.objects.CompareOp;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;

/**
 * Compiles {@code match} statements. The subject stays on the stack while the cases are tried;
 * each case matches a copy. A pattern consumes the value on top of the stack when it
 * succeeds; when a test fails the code jumps to a stub that pops what the pattern had pushed
 * and continues with the next case (or the next alternative of an or-pattern). Names are
 * bound as soon as their sub-pattern matches, which PEP 634 permits.
 */
final class MatchCompiler {
    private record Stub(CodeUnit.Label label, CodeUnit.Label target, int pops) {
    }

    private final Compiler c;
    private final List<Stub> stubs = new ArrayList<>();

    MatchCompiler(Compiler c) {
        this.c = c;
    }

    private CodeUnit u() {
        return c.u;
    }

    /** A label that pops {@code pops} values then continues at {@code target}. */
    private CodeUnit.Label fail(CodeUnit.Label target, int pops) {
        if (pops == 0) {
            return target;
        }
        CodeUnit.Label l = new CodeUnit.Label();
        stubs.add(new Stub(l, target, pops));
        return l;
    }

    void match(Stmt.Match m) {
        c.expr(m.subject());
        int base = u().depth();
        CodeUnit.Label end = new CodeUnit.Label();
        for (MatchCase mc : m.cases()) {
            CodeUnit.Label next = new CodeUnit.Label();
            next.depth = base;
            c.setLoc(mc.pattern().pos());
            u().emit(Opcode.COPY, 1);
            pattern(mc.pattern(), next, 1);
            if (mc.guard() != null) {
                c.expr(mc.guard());
                u().emitJump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            u().emit(Opcode.POP_TOP);
            c.stmtsFrom(mc.body());
            if (u().reachable()) {
                u().emitJump(Opcode.JUMP, end);
            }
            u().bind(next);
        }
        u().emit(Opcode.POP_TOP);
        u().emitJump(Opcode.JUMP, end);
        for (int i = 0; i < stubs.size(); i++) {
            Stub s = stubs.get(i);
            u().bind(s.label());
            for (int k = 0; k < s.pops(); k++) {
                u().emit(Opcode.POP_TOP);
            }
            u().emitJump(Opcode.JUMP, s.target());
        }
        u().bind(end);
        u().setDepth(base - 1);
    }

    /** Matches the value on top; on failure jumps to {@code fail} after popping {@code n} values. */
    private void pattern(Pattern p, CodeUnit.Label failTo, int n) {
        c.setLoc(p.pos());
        switch (p) {
            case Pattern.MatchAs a when a.pattern() == null -> {
                if (a.name() == null) {
                    u().emit(Opcode.POP_TOP);
                } else {
                    c.nameOp(a.name(), ExprContext.Store);
                }
            }
            case Pattern.MatchAs a -> {
                u().emit(Opcode.COPY, 1);
                pattern(a.pattern(), failTo, n + 1);
                c.nameOp(a.name(), ExprContext.Store);
            }
            case Pattern.MatchValue v -> {
                c.expr(v.value());
                u().emit(Opcode.COMPARE_OP, CompareOp.EQ.ordinal());
                u().emitJump(Opcode.POP_JUMP_IF_FALSE, fail(failTo, n - 1));
            }
            case Pattern.MatchSingleton s -> {
                Object v = s.value();
                PyObject k = v == ConstantValue.NONE ? PySingleton.NONE : PyBool.of((Boolean) v);
                c.loadConst(k);
                u().emit(Opcode.IS_OP, 0);
                u().emitJump(Opcode.POP_JUMP_IF_FALSE, fail(failTo, n - 1));
            }
            case Pattern.MatchOr o -> {
                CodeUnit.Label done = new CodeUnit.Label();
                List<Pattern> alts = o.patterns();
                for (int i = 0; i < alts.size() - 1; i++) {
                    CodeUnit.Label nextAlt = new CodeUnit.Label();
                    nextAlt.depth = u().depth();
                    u().emit(Opcode.COPY, 1);
                    pattern(alts.get(i), nextAlt, 1);
                    u().emit(Opcode.POP_TOP);
                    u().emitJump(Opcode.JUMP, done);
                    u().bind(nextAlt);
                }
                pattern(alts.get(alts.size() - 1), failTo, n);
                u().bind(done);
            }
            case Pattern.MatchSequence s -> sequence(s, failTo, n);
            case Pattern.MatchMapping m -> mapping(m, failTo, n);
            case Pattern.MatchClass k -> cls(k, failTo, n);
            case Pattern.MatchStar s -> throw c.syntaxError("can't use starred name here", s);
        }
    }

    private void sequence(Pattern.MatchSequence s, CodeUnit.Label failTo, int n) {
        List<Pattern> pats = s.patterns();
        int star = -1;
        for (int i = 0; i < pats.size(); i++) {
            if (pats.get(i) instanceof Pattern.MatchStar) {
                star = i;
            }
        }
        u().emit(Opcode.MATCH_SEQUENCE);
        u().emitJump(Opcode.POP_JUMP_IF_FALSE, fail(failTo, n));
        u().emit(Opcode.GET_LEN);
        int fixed = star < 0 ? pats.size() : pats.size() - 1;
        c.loadConst(PyInt.of(fixed));
        u().emit(Opcode.COMPARE_OP, (star < 0 ? CompareOp.EQ : CompareOp.GE).ordinal());
        u().emitJump(Opcode.POP_JUMP_IF_FALSE, fail(failTo, n));
        int k = pats.size();
        if (star < 0) {
            u().emit(Opcode.UNPACK_SEQUENCE, k);
        } else {
            u().emit(Opcode.UNPACK_EX, star | ((k - star - 1) << 8));
        }
        for (int i = 0; i < k; i++) {
            Pattern sub = pats.get(i);
            if (sub instanceof Pattern.MatchStar st) {
                if (st.name() == null) {
                    u().emit(Opcode.POP_TOP);
                } else {
                    c.nameOp(st.name(), ExprContext.Store);
                }
            } else {
                pattern(sub, failTo, n - 1 + k - i);
            }
        }
    }

    private void mapping(Pattern.MatchMapping m, CodeUnit.Label failTo, int n) {
        u().emit(Opcode.MATCH_MAPPING);
        u().emitJump(Opcode.POP_JUMP_IF_FALSE, fail(failTo, n));
        int nk = m.keys().size();
        if (nk > 0) {
            c.exprs(m.keys());
            u().emit(Opcode.BUILD_TUPLE, nk);
            u().emit(Opcode.MATCH_KEYS);
            u().emit(Opcode.COPY, 1);
            u().emitJump(Opcode.POP_JUMP_IF_NONE, fail(failTo, n + 1));
            u().emit(Opcode.UNPACK_SEQUENCE, nk);
            for (int i = 0; i < nk; i++) {
                pattern(m.patterns().get(i), failTo, n + nk - i);
            }
        }
        if (m.rest() != null) {
            c.exprs(m.keys());
            u().emit(Opcode.BUILD_TUPLE, nk);
            u().emit(Opcode.COPY_DICT_WITHOUT_KEYS);
            c.nameOp(m.rest(), ExprContext.Store);
        } else {
            u().emit(Opcode.POP_TOP);
        }
    }

    private void cls(Pattern.MatchClass k, CodeUnit.Label failTo, int n) {
        c.expr(k.cls());
        List<PyObject> names = new ArrayList<>();
        for (String a : k.kwdAttrs()) {
            names.add(PyStr.of(a));
        }
        u().emit(Opcode.LOAD_CONST, u().addConst(PyTuple.of(names), null));
        c.setLoc(k.pos());
        u().emit(Opcode.MATCH_CLASS, k.patterns().size());
        u().emit(Opcode.COPY, 1);
        u().emitJump(Opcode.POP_JUMP_IF_NONE, fail(failTo, n));
        List<Pattern> subs = new ArrayList<>(k.patterns());
        subs.addAll(k.kwdPatterns());
        int m = subs.size();
        u().emit(Opcode.UNPACK_SEQUENCE, m);
        for (int i = 0; i < m; i++) {
            pattern(subs.get(i), failTo, n - 1 + m - i);
        }
    }
}
