package org.jpsyco.frontend.python.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** ast.dump's 3.11 rules: None-valued optional fields omitted, empty lists kept, snake_case names. */
class AstDumpTest {
    private static final Pos P = new Pos(1, 0, 1, 1);

    @Test
    void omitsAbsentOptionalFieldsButKeepsEmptyLists() {
        Stmt s = new Stmt.Return(null, P);
        Mod m = new Mod.Module(List.of(s), new ArrayList<>());
        assertEquals("Module(body=[Return()], type_ignores=[])", AstDump.dump(m));
    }

    @Test
    void printsFieldNamesInSnakeCaseAndNoneInsideLists() {
        Arguments args = new Arguments(List.of(), List.of(), null, List.of(new Arg("k", null, null, P)),
                java.util.Arrays.asList((Expr) null), null, List.of());
        Stmt f = new Stmt.FunctionDef("f", args, List.of(new Stmt.Pass(P)), List.of(), null, null, P);
        assertEquals("FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], "
                + "kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])", AstDump.dump(f));
    }

    @Test
    void printsPositionsWhenAsked() {
        Expr e = new Expr.Name("x", ExprContext.Load, new Pos(2, 4, 2, 5));
        assertEquals("Name(id='x', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)",
                AstDump.dump(e, true));
    }

    @Test
    void printsConstantKindAndExprStatementAsExpr() {
        Stmt s = new Stmt.ExprStmt(new Expr.Constant("a", "u", P), P);
        assertEquals("Expr(value=Constant(value='a', kind='u'))", AstDump.dump(s));
    }
}
