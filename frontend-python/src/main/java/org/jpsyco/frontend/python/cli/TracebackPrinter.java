package org.jpsyco.frontend.python.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jpsyco.frontend.python.ast.Expr;
import org.jpsyco.frontend.python.ast.Mod;
import org.jpsyco.frontend.python.ast.Stmt;
import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.ExceptionTypes;
import org.jpsyco.frontend.python.objects.PyBaseException;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTraceback;
import org.jpsyco.frontend.python.objects.Suggestions;
import org.jpsyco.frontend.python.parser.Mode;
import org.jpsyco.frontend.python.parser.Parser;

/**
 * Formats an uncaught exception exactly like CPython 3.11's {@code PyErr_Display}: the chain
 * of causes and contexts, each traceback entry with its source line and, where the failing
 * expression does not span the whole line, the {@code ^^^} markers (with {@code ~} around
 * the operator of a binary operation or the operand of a subscript); repeated entries are
 * folded into "[Previous line repeated N more times]"; SyntaxErrors show their line and caret.
 */
public final class TracebackPrinter {
    private static final int RECURSIVE_CUTOFF = 3;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, List<String>> sources = new HashMap<>();
    private final Map<String, String> inlineSources;

    /** {@code inlineSources} maps pseudo file names such as {@code <stdin>} to their text, if known. */
    public TracebackPrinter(Map<String, String> inlineSources) {
        this.inlineSources = inlineSources;
    }

    public static String format(PyBaseException e, Map<String, String> inlineSources) {
        TracebackPrinter p = new TracebackPrinter(inlineSources);
        p.chain(e, new IdentityHashMap<>());
        return p.out.toString();
    }

    /** One traceback entry (location, source line, markers) as the uncaught-exception display shows it. */
    public static String formatEntry(CodeObject code, int instr, int line) {
        TracebackPrinter p = new TracebackPrinter(Map.of());
        p.entry(code, instr, line);
        return p.out.toString();
    }

    /** The last line(s) of the display: the exception's type and message (SyntaxErrors with their caret). */
    public static String formatExceptionOnly(PyBaseException e) {
        TracebackPrinter p = new TracebackPrinter(Map.of());
        p.exceptionLine(e);
        return p.out.toString();
    }

    /** Line {@code line} (1-based) of a source file without its line end, or null. */
    public static String sourceLine(String filename, int line, Map<String, String> inlineSources) {
        return new TracebackPrinter(inlineSources).sourceLine(filename, line);
    }

    private void chain(PyBaseException e, Map<PyBaseException, Boolean> seen) {
        seen.put(e, true);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            chain(e.cause, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            chain(e.context, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if (e.traceback != null) {
            out.append("Traceback (most recent call last):\n");
            entries(e.traceback);
        }
        exceptionLine(e);
    }

    private void entries(PyTraceback tb) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            CodeObject code = t.code;
            int line = t.lineno();
            if (lastFile == null || !code.filename.equals(lastFile) || line != lastLine || !code.name.equals(
                    lastName)) {
                if (count > RECURSIVE_CUTOFF) {
                    repeated(count - RECURSIVE_CUTOFF);
                }
                lastFile = code.filename;
                lastLine = line;
                lastName = code.name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) {
                continue;
            }
            entry(code, t.instr, line);
        }
        if (count > RECURSIVE_CUTOFF) {
            repeated(count - RECURSIVE_CUTOFF);
        }
    }

    private void repeated(int n) {
        out.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                .append("]\n");
    }

    private void entry(CodeObject code, int instr, int line) {
        out.append("  File \"").append(code.filename).append("\", line ").append(line).append(", in ")
                .append(code.name).append('\n');
        String src = sourceLine(code.filename, line);
        if (src == null) {
            return;
        }
        String stripped = src.strip();
        if (stripped.isEmpty()) {
            return;
        }
        out.append("    ").append(stripped).append('\n');
        if (instr < 0 || instr >= code.lines.length) {
            return;
        }
        int startLine = code.lines[instr];
        int endLine = code.endLines[instr];
        int startByte = code.cols[instr];
        int endByte = code.endCols[instr];
        if (startLine < 0 || endLine < 0 || startByte < 0 || endByte < 0 || startLine != line) {
            return;
        }
        int lead = 0;
        while (lead < src.length() && (src.charAt(lead) == ' ' || src.charAt(lead) == '\t'
                || src.charAt(lead) == '\f')) {
            lead++;
        }
        int start = byteToChar(src, startByte);
        int end = byteToChar(src, endByte);
        int leftEnd = -1;
        int rightStart = -1;
        char primary = '^';
        char secondary = '^';
        if (startLine == endLine) {
            int[] anchors = anchors(src.substring(start, Math.min(end, src.length())));
            if (anchors != null) {
                leftEnd = anchors[0] + start;
                rightStart = anchors[1] + start;
                primary = '~';
                secondary = '^';
            }
        } else {
            int i = src.length();
            while (--i >= 0 && Character.isWhitespace(src.charAt(i))) {
                // find the last non-whitespace character
            }
            end = i + 1;
        }
        int strippedLen = src.stripTrailing().length() - lead;
        boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == strippedLen && !secondaryRanges) {
            return;
        }
        StringBuilder carets = new StringBuilder();
        int offset = lead - 4;
        while (++offset <= end) {
            if (offset <= start) {
                carets.append(' ');
            } else if (secondaryRanges && leftEnd < offset && offset <= rightStart) {
                carets.append(secondary);
            } else {
                carets.append(primary);
            }
        }
        out.append(carets).append('\n');
    }

    private static int byteToChar(String line, int byteOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(byteOffset, b.length);
        return new String(b, 0, n, StandardCharsets.UTF_8).length();
    }

    /** CPython's {@code extract_anchors_from_line}: {left end, right start} within the segment, or null. */
    private static int[] anchors(String segment) {
        Mod mod;
        try {
            mod = Parser.parse(segment, "<string>", Mode.EXEC);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(mod instanceof Mod.Module m) || m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt s)) {
            return null;
        }
        byte[] seg = segment.getBytes(StandardCharsets.UTF_8);
        if (s.value() instanceof Expr.BinOp b) {
            int leftEndByte = b.left().pos().endColOffset();
            int rightStartByte = b.right().pos().colOffset();
            if (b.left().pos().endLineno() != 1 || b.right().pos().lineno() != 1) {
                return null;
            }
            int la = -1;
            int ra = -1;
            for (int i = leftEndByte; i < rightStartByte; i++) {
                if (isSpace(seg[i])) {
                    continue;
                }
                la = i;
                ra = i + 1;
                if (i + 1 < rightStartByte && !isSpace(seg[i + 1])) {
                    ra++;
                }
                if (i + 1 < rightStartByte && seg[i] == ')') {
                    continue;
                }
                break;
            }
            if (la < 0) {
                return null;
            }
            return new int[] {byteToChar(segment, la), byteToChar(segment, ra)};
        }
        if (s.value() instanceof Expr.Subscript sub) {
            int la = sub.value().pos().endColOffset();
            int ra = sub.slice().pos().endColOffset() + 1;
            int len = seg.length;
            while (la < len && (isSpace(seg[la]) || seg[la] != '[')) {
                la++;
            }
            while (ra < len && (isSpace(seg[ra]) || seg[ra] != ']')) {
                ra++;
            }
            if (ra < len) {
                ra++;
            }
            return new int[] {byteToChar(segment, la), byteToChar(segment, ra)};
        }
        return null;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == 0x0b;
    }

    private static final String LIB_PREFIX = "<jpsyco>/lib/";

    private String sourceLine(String filename, int line) {
        List<String> lines = sources.computeIfAbsent(filename, f -> {
            String inline = inlineSources.get(f);
            if (inline != null) {
                return List.of(inline.split("\n", -1));
            }
            if (f.startsWith(LIB_PREFIX)) {
                // a module shipped with jpsyco: its source is a resource of this bundle
                String res = org.jpsyco.frontend.python.runtime.PythonRuntimeState.LIB_RESOURCES
                        + f.substring(LIB_PREFIX.length());
                try (var in = TracebackPrinter.class.getClassLoader().getResourceAsStream(res)) {
                    return in == null ? List.of()
                            : List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
                } catch (IOException e) {
                    return List.of();
                }
            }
            if (f.startsWith("<")) {
                return List.of();
            }
            try {
                return List.of(new String(Files.readAllBytes(Path.of(f)), StandardCharsets.UTF_8).split("\n", -1));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        if (line < 1 || line > lines.size()) {
            return null;
        }
        String s = lines.get(line - 1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private void exceptionLine(PyBaseException e) {
        String name = e.type().fullName();
        if (e.isInstance(ExceptionTypes.SYNTAX_ERROR) && e.dict().getStr("lineno") != null) {
            syntaxErrorBlock(e);
            PyObject msg = e.dict().getStr("msg");
            out.append(name).append(": ").append(msg == null ? "" : Abstract.str(msg).value()).append('\n');
            return;
        }
        String s;
        try {
            s = Abstract.str(e).value();
        } catch (RuntimeException x) {
            s = "<exception str() failed>";
        }
        out.append(name);
        if (!s.isEmpty()) {
            out.append(": ").append(s);
        }
        String hint = suggestion(e);
        if (hint != null) {
            out.append(". Did you mean: '").append(hint).append("'?");
        }
        out.append('\n');
        PyObject notes = e.dict() == null ? null : e.dict().getStr("__notes__");
        if (notes instanceof org.jpsyco.frontend.python.objects.PyList list) {
            // add_note() lines follow the message, one per note
            for (PyObject note : list.items) {
                out.append(note instanceof PyStr ns ? ns.value() : Abstract.str(note).value()).append('\n');
            }
        }
    }

    /** CPython's {@code _Py_Offer_Suggestions} for AttributeError and NameError. */
    private static String suggestion(PyBaseException e) {
        try {
            PyObject name = e.dict().getStr("name");
            if (!(name instanceof PyStr n)) {
                return null;
            }
            if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                PyObject obj = e.dict().getStr("obj");
                return obj == null ? null : Suggestions.best(Abstract.dir(obj), n.value());
            }
            if (e.isInstance(ExceptionTypes.NAME_ERROR) && e.traceback != null) {
                PyTraceback tb = e.traceback;
                while (tb.next != null) {
                    tb = tb.next;
                }
                List<String> locals = new ArrayList<>(List.of(tb.code.varnames));
                locals.addAll(List.of(tb.code.cellvars));
                locals.addAll(List.of(tb.code.freevars));
                String s = Suggestions.best(locals, n.value());
                if (s == null && tb.globals != null) {
                    s = Suggestions.best(keys(tb.globals), n.value());
                }
                if (s == null && tb.builtins != null) {
                    s = Suggestions.best(keys(tb.builtins), n.value());
                }
                return s;
            }
        } catch (RuntimeException x) {
            return null;
        }
        return null;
    }

    private static List<String> keys(PyDict d) {
        List<String> r = new ArrayList<>();
        for (PyObject k : d.keys()) {
            if (k instanceof PyStr s) {
                r.add(s.value());
            }
        }
        return r;
    }

    private void syntaxErrorBlock(PyBaseException e) {
        PyDict d = e.dict();
        PyObject file = d.getStr("filename");
        int lineno = intAttr(d, "lineno", 1);
        out.append("  File \"").append(file instanceof PyStr s ? s.value() : "<string>").append("\", line ")
                .append(lineno).append('\n');
        PyObject textObj = d.getStr("text");
        if (!(textObj instanceof PyStr ts)) {
            return;
        }
        String text = ts.value();
        int offset = intAttr(d, "offset", -1);
        int endOffset = intAttr(d, "end_offset", -1);
        int endLineno = intAttr(d, "end_lineno", lineno);
        if (e.type() != ExceptionTypes.SYNTAX_ERROR) {
            // CPython reads the end position of exact SyntaxErrors only
            endOffset = -1;
            endLineno = lineno;
        }
        int lineSize = text.length();
        if (endLineno > lineno) {
            endOffset = lineSize;
        }
        if (endOffset > lineSize + 1) {
            endOffset = lineSize + 1;
        }
        int reps = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
            offset--;
        }
        text = text.substring(i);
        int len = text.length();
        if (len > 0 && text.charAt(len - 1) == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        while (true) {
            int nl = text.indexOf('\n');
            if (nl < 0 || nl >= offset) {
                break;
            }
            text = text.substring(nl + 1);
            len -= nl + 1;
            offset -= nl + 1;
        }
        out.append("    ").append(text);
        if (len >= text.length() || text.charAt(len) != '\n') {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ").append(" ".repeat(offset)).append("^".repeat(reps)).append('\n');
    }

    private static int intAttr(PyDict d, String name, int dflt) {
        PyObject v = d.getStr(name);
        return v instanceof PyInt i ? (int) i.value : dflt;
    }
}
