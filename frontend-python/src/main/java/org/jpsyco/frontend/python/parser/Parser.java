package org.jpsyco.frontend.python.parser;

import java.util.List;

import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.lexer.SourceText;
import org.jpsyco.frontend.python.lexer.Token;
import org.jpsyco.frontend.python.lexer.TokenKind;
import org.jpsyco.frontend.python.lexer.Tokenizer;

/*
 * The Python 3.11 parser: source text in, CPython-shaped AST out.
 *
 * Design. A hand-written recursive-descent parser over a lazily filled token array, one class
 * per concern stacked by inheritance so each file stays small:
 *   ParserBase        token buffer, mark/reset, positions (PEG's EXTRA: first token to last
 *                     non-NEWLINE/INDENT/DEDENT token consumed), error construction
 *   ExpressionParser  star_expressions down to await/primary, and the expression error rules
 *   PrimaryParser     trailers, atoms, displays, comprehensions, for-targets
 *   ParameterParser   def and lambda parameter lists
 *   PatternParser     match statements and patterns
 *   StatementParser   simple and compound statements, assignments, blocks
 *   Parser            entry points, modes, f-string sub-parses, the generic error
 * plus StringLiterals/FStringScanner/Escapes/UnicodeNames (string literals), Targets
 * (assignment targets), and SyntaxChecks (CPython's post-parse errors, with the symbol table's).
 *
 * Where CPython's PEG grammar needs ordered choice with unlimited lookahead, this parser parses
 * the common superset and decides afterwards: an assignment is parsed as star_expressions and
 * converted to targets when '=' follows; a parenthesized with-statement and the soft keyword
 * 'match' are tried speculatively (mark, parse, reset on failure). Where a PEG rule would fall
 * back to a shorter alternative (an operator whose right operand fails, a trailer that does not
 * parse, a conditional expression without 'else'), the method resets to before the operator and
 * returns what it has, so errors are found at the same token as CPython.
 *
 * Errors. A failing alternative throws the stackless FAIL; a real error throws
 * PythonSyntaxError. CPython finds its specific messages in a second pass with extra "invalid_"
 * rules; here those rules run inline, only at points where valid code cannot continue (an
 * expression directly followed by another, '=' where an expression ended, ...), and they restore
 * `furthest` so that a generic "invalid syntax" still points at the token where CPython's first
 * pass stopped. After any parser error the rest of the source is tokenized: a tokenizer error
 * found there, or an unclosed bracket before the error line, wins (as in CPython's
 * _PyPegen_tokenize_full_source_to_check_for_errors). Nesting depth is bounded (MAX_DEPTH,
 * CPython's limit for a chain of unary operators), so deep input gives PythonRecursionError
 * (CPython's RecursionError), never a StackOverflowError; trees that are merely deep are parsed
 * on a large-stack thread when the caller's stack is too small.
 */

/**
 * Parses Python 3.11 source into the {@link org.jpsyco.frontend.python.ast} tree that CPython's
 * {@code ast.parse} would build, or throws {@link PythonSyntaxError} with CPython's message and
 * location. Thread-safe: every call uses its own parser instance.
 */
public final class Parser extends StatementParser {

    private Parser(Tokenizer tk) {
        super(tk);
    }

    /**
     * Parses decoded source text (encoding declarations are ignored, as for a str in CPython).
     *
     * @throws PythonSyntaxError as CPython's SyntaxError (or IndentationError, TabError)
     * @throws PythonRecursionError for input nested too deeply (CPython's RecursionError)
     * @throws IllegalArgumentException for a source containing NUL characters (CPython's
     *         ValueError "source code string cannot contain null bytes")
     */
    public static Mod parse(String source, String filename, Mode mode) {
        if (source.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("source code string cannot contain null bytes");
        }
        String text = SourceText.normalizeNewlines(source);
        try {
            return new Parser(new Tokenizer(text, filename)).run(mode);
        } catch (StackOverflowError e) {
            return LargeStack.call(() -> new Parser(new Tokenizer(text, filename)).run(mode));
        }
    }

    /** Parses source bytes, honouring a UTF-8 BOM and a PEP 263 encoding declaration; see {@link #parse(String, String, Mode)}. */
    public static Mod parse(byte[] source, String filename, Mode mode) {
        return parse(SourceText.decode(source, filename), filename, mode);
    }

    private Mod run(Mode mode) {
        try {
            return switch (mode) {
                case EXEC -> {
                    List<Stmt> body = statements();
                    expect(TokenKind.ENDMARKER);
                    yield new Mod.Module(body, new java.util.ArrayList<>());
                }
                case SINGLE -> {
                    // one statement, as CPython's statement_newline rule
                    if (atKind(TokenKind.ENDMARKER) || atKind(TokenKind.NEWLINE)) {
                        throw FAIL;
                    }
                    List<Stmt> body = new java.util.ArrayList<>();
                    statement(body);
                    while (acceptKind(TokenKind.NEWLINE)) {
                        // blank lines
                    }
                    if (!atKind(TokenKind.ENDMARKER)) {
                        Token t = last();
                        if (t.kind() == TokenKind.NEWLINE && !isCompound(body.get(0))) {
                            PythonSyntaxError e = errorAt(t, "multiple statements found while compiling a single statement");
                            throw new PythonSyntaxError(e.type(), e.msg(), filename, e.lineno(), e.offset(), e.endLineno(),
                                    e.endOffset(), lineText(e.lineno()));
                        }
                        throw FAIL;
                    }
                    yield new Mod.Interactive(body);
                }
                case EVAL -> {
                    Expr body = expressions();
                    while (acceptKind(TokenKind.NEWLINE)) {
                        // trailing newlines
                    }
                    expect(TokenKind.ENDMARKER);
                    yield new Mod.Expression(body);
                }
            };
        } catch (Fail f) {
            PythonSyntaxError e = invalidSyntax();
            // an unexpected indent is reported without looking at the rest of the source
            throw e.type().equals("IndentationError") ? e : checkRest(e);
        } catch (PythonSyntaxError e) {
            throw checkRest(e);
        }
    }

    /**
     * CPython tokenizes the rest of the source after a parser error: a tokenizer error found
     * there wins, and an unclosed bracket wins when the parser had read past its line.
     */
    private PythonSyntaxError checkRest(PythonSyntaxError err) {
        if (tk.failure() != null) {
            return tk.failure();
        }
        int lastLine = toks.isEmpty() ? 0 : toks.get(toks.size() - 1).lineno();
        try {
            while (!tk.isDone()) {
                tk.next();
            }
        } catch (PythonSyntaxError e) {
            if (e.msg().endsWith("was never closed")) {
                return lastLine > e.lineno() ? e : err;
            }
            if (Tokenizer.isDeferred(e)) {
                PythonSyntaxError unclosed = tk.unclosedBracket();
                return unclosed != null && lastLine > unclosed.lineno() ? unclosed : err;
            }
            return e;
        }
        return err;
    }

    private static boolean isCompound(Stmt s) {
        return switch (s) {
            case Stmt.If i -> true;
            case Stmt.For f -> true;
            case Stmt.AsyncFor f -> true;
            case Stmt.While w -> true;
            case Stmt.With w -> true;
            case Stmt.AsyncWith w -> true;
            case Stmt.Try t -> true;
            case Stmt.TryStar t -> true;
            case Stmt.FunctionDef f -> true;
            case Stmt.AsyncFunctionDef f -> true;
            case Stmt.ClassDef c -> true;
            case Stmt.Match m -> true;
            default -> false;
        };
    }

    private PythonSyntaxError invalidSyntax() {
        Token last = toks.get(Math.min(furthest, toks.size() - 1));
        if (last.kind() == TokenKind.INDENT || last.kind() == TokenKind.DEDENT) {
            return errorAt(last, "IndentationError",
                    last.kind() == TokenKind.INDENT ? "unexpected indent" : "unexpected unindent");
        }
        if (last.col() < 0) {
            // a token without a column (end of input): CPython's known-location error gives 0, 0
            return new PythonSyntaxError("SyntaxError", "invalid syntax", filename, last.lineno(), 0, last.lineno(), 0,
                    errorText(last.lineno()));
        }
        return errorAt(last, "invalid syntax");
    }

    /** Parses the text of an f-string replacement field, "(expr)", placed at the given position. */
    Expr parseFStringExpression(String text, int lineBase, int colBase) {
        Parser sub = new Parser(new Tokenizer(text, filename, lineBase, colBase));
        sub.depth = depth;
        try {
            try {
                Expr e = sub.starExpressions();
                sub.expect(TokenKind.NEWLINE);
                sub.expect(TokenKind.ENDMARKER);
                return e;
            } catch (Fail f) {
                Token t = sub.toks.get(Math.min(sub.furthest, sub.toks.size() - 1));
                throw sub.errorAt(t, "invalid syntax");
            }
        } catch (PythonSyntaxError e) {
            String msg = e.msg().startsWith("f-string") ? e.msg() : "f-string: " + e.msg();
            throw new PythonSyntaxError(e.type(), msg, filename, e.lineno(), e.offset(), e.endLineno(), e.endOffset(),
                    e.text());
        }
    }

    @Override
    Expr strings() {
        int start = p;
        while (atKind(TokenKind.STRING)) {
            advance();
        }
        return StringLiterals.concatenate(this, new java.util.ArrayList<>(toks.subList(start, p)));
    }
}
