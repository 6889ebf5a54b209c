package org.jpsyco.kernel.lir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text form {@link LirPrinter} writes, so optimizer and backend tests can be text in,
 * text out. Blank lines and lines starting with {@code #} are ignored. The result is not
 * verified (tests of the verifier parse malformed LIR); call {@link LirVerifier#verify} for that.
 *
 * <p>Protocol: a first pass collects every definition ({@code %N:type}, the only place types
 * appear next to a value number), so uses may precede definitions in text order; a second pass
 * reads line by line. Errors throw {@link IllegalArgumentException} naming the line.
 */
public final class LirParser {
    private static final Pattern DEF = Pattern.compile("%(\\d+):(i64|f64|i1|ref)\\b");
    private static final Pattern HEADER = Pattern.compile("b(\\d+)\\((.*)\\):");

    private final Map<Integer, LirValue> values = new HashMap<>();
    private String line;
    private int pos;
    private int lineNo;

    private LirParser() {
    }

    public static LirFunction parse(String text) {
        return new LirParser().run(text);
    }

    private LirFunction run(String text) {
        String[] lines = text.split("\n", -1);
        for (String l : lines) {
            Matcher m = DEF.matcher(l);
            while (m.find()) {
                int id = Integer.parseInt(m.group(1));
                values.putIfAbsent(id, new LirValue(id, LirType.parse(m.group(2))));
            }
        }
        String name = null;
        List<Block> blocks = new ArrayList<>();
        List<LirValue> params = null;
        List<Instruction> instructions = null;
        for (lineNo = 1; lineNo <= lines.length; lineNo++) {
            line = lines[lineNo - 1].strip();
            pos = 0;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (name == null) {
                if (!line.startsWith("func ")) {
                    throw error("expected 'func NAME'");
                }
                name = line.substring(5).strip();
                continue;
            }
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                if (params != null) {
                    blocks.add(new Block(blocks.size(), params, instructions));
                }
                if (Integer.parseInt(h.group(1)) != blocks.size()) {
                    throw error("blocks must be numbered in order: expected b" + blocks.size());
                }
                params = new ArrayList<>();
                Matcher d = DEF.matcher(h.group(2));
                while (d.find()) {
                    params.add(values.get(Integer.parseInt(d.group(1))));
                }
                instructions = new ArrayList<>();
                continue;
            }
            if (instructions == null) {
                throw error("instruction outside a block");
            }
            instructions.add(instruction());
        }
        if (name == null) {
            throw new IllegalArgumentException("LIR text has no 'func' line");
        }
        if (params != null) {
            blocks.add(new Block(blocks.size(), params, instructions));
        }
        return new LirFunction(name, blocks);
    }

    private Instruction instruction() {
        LirValue result = null;
        if (peek("%")) {
            result = value();
            expect(":");
            word(); // the type, already known from the first pass
            expect("=");
        }
        String opName = word();
        LirOp op = LirOp.byText(opName);
        if (op == null) {
            throw error("unknown operation '" + opName + "'");
        }
        List<LirValue> operands = new ArrayList<>();
        if (peek("%")) {
            operands.add(value());
            while (accept(",")) {
                operands.add(value());
            }
        }
        Payload payload = op.payload() == null ? null : payload(op);
        DeoptDescriptor deopt = null;
        if (accept("deopt(")) {
            deopt = deopt();
        }
        ws();
        if (pos < line.length()) {
            throw error("unexpected '" + line.substring(pos) + "'");
        }
        return new Instruction(result, op, operands, payload, deopt);
    }

    private Payload payload(LirOp op) {
        Class<? extends Payload> p = op.payload();
        if (Constant.class.isAssignableFrom(p)) {
            return switch (op) {
                case CONST_I64 -> Constant.of(parseLong(token()));
                case CONST_F64 -> Constant.of(Double.parseDouble(token()));
                case CONST_I1 -> Constant.of(parseBoolean(token()));
                default -> { String s = string(); yield new Constant.Ref(s, s); }
            };
        }
        if (p == Targets.class) {
            expect("->");
            List<Target> ts = new ArrayList<>();
            ts.add(target());
            while (accept(",")) {
                ts.add(target());
            }
            return new Targets(ts);
        }
        if (p == PromotionSwitch.class) {
            expect("site");
            int site = Integer.parseInt(token());
            expect("[");
            List<PromotionSwitch.Case> cases = new ArrayList<>();
            if (!accept("]")) {
                do {
                    Constant c = typedConstant();
                    expect("->");
                    cases.add(new PromotionSwitch.Case(c, target()));
                } while (accept(","));
                expect("]");
            }
            return new PromotionSwitch(site, cases);
        }
        if (CallTarget.class.isAssignableFrom(p)) {
            expect("@");
            String symbol = until('(');
            expect("(");
            List<LirType> types = new ArrayList<>();
            while (!accept("->")) {
                types.add(LirType.parse(word()));
                accept(",");
            }
            String r = word();
            LirType result = r.equals("void") ? null : LirType.parse(r);
            expect(")");
            return op == LirOp.CALL_VERSION ? new CallTarget.Version(symbol, types, result)
                    : new CallTarget.Helper(symbol, types, result);
        }
        expect("{");
        String body = until('}');
        expect("}");
        int colon = body.lastIndexOf(':');
        int dot = body.lastIndexOf('.', colon);
        if (colon < 0 || dot < 0) {
            throw error("field descriptor is {Owner.name:type}, not {" + body + "}");
        }
        return new FieldDescriptor(body.substring(0, dot), body.substring(dot + 1, colon), LirType.parse(body.substring(colon + 1)));
    }

    private DeoptDescriptor deopt() {
        expect("@");
        long resume = parseLong(token());
        expect("[");
        List<DeoptDescriptor.Recovery> slots = recoveries("]");
        List<DeoptDescriptor.VirtualObject> virtuals = new ArrayList<>();
        while (accept("v")) {
            int index = Integer.parseInt(until('='));
            if (index != virtuals.size()) {
                throw error("virtual objects must be numbered in order: expected v" + virtuals.size());
            }
            expect("=");
            String descriptor = until('{');
            expect("{");
            virtuals.add(new DeoptDescriptor.VirtualObject(descriptor, recoveries("}")));
        }
        expect(")");
        return new DeoptDescriptor(resume, slots, virtuals);
    }

    private List<DeoptDescriptor.Recovery> recoveries(String close) {
        List<DeoptDescriptor.Recovery> rs = new ArrayList<>();
        if (accept(close)) {
            return rs;
        }
        do {
            if (peek("%")) {
                rs.add(new DeoptDescriptor.Live(value()));
            } else if (accept("_")) {
                rs.add(new DeoptDescriptor.Dead());
            } else if (peek("v")) {
                accept("v");
                rs.add(new DeoptDescriptor.Materialize(Integer.parseInt(token())));
            } else {
                rs.add(new DeoptDescriptor.Known(typedConstant()));
            }
        } while (accept(","));
        expect(close);
        return rs;
    }

    private Constant typedConstant() {
        LirType t = LirType.parse(word());
        expect(":");
        return switch (t) {
            case I64 -> Constant.of(parseLong(token()));
            case F64 -> Constant.of(Double.parseDouble(token()));
            case I1 -> Constant.of(parseBoolean(token()));
            case REF -> { String s = string(); yield new Constant.Ref(s, s); }
        };
    }

    private Target target() {
        expect("b");
        int block = Integer.parseInt(until('('));
        expect("(");
        List<LirValue> args = new ArrayList<>();
        if (!accept(")")) {
            do {
                args.add(value());
            } while (accept(","));
            expect(")");
        }
        return new Target(block, args);
    }

    private LirValue value() {
        expect("%");
        int start = pos;
        while (pos < line.length() && Character.isDigit(line.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a value number after '%'");
        }
        int id = Integer.parseInt(line.substring(start, pos));
        LirValue v = values.get(id);
        if (v == null) {
            throw error("%" + id + " is used but never defined");
        }
        return v;
    }

    // ---- lexical helpers ----

    private void ws() {
        while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) {
            pos++;
        }
    }

    private boolean peek(String s) {
        ws();
        return line.startsWith(s, pos);
    }

    private boolean accept(String s) {
        if (peek(s)) {
            pos += s.length();
            return true;
        }
        return false;
    }

    private void expect(String s) {
        if (!accept(s)) {
            throw error("expected '" + s + "'");
        }
    }

    /** Letters, digits and underscores. */
    private String word() {
        ws();
        int start = pos;
        while (pos < line.length() && (Character.isLetterOrDigit(line.charAt(pos)) || line.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a word");
        }
        return line.substring(start, pos);
    }

    /** Up to whitespace or a delimiter: numbers, including {@code -1.5E10}, {@code NaN}, {@code -Infinity}. */
    private String token() {
        ws();
        int start = pos;
        while (pos < line.length() && !Character.isWhitespace(line.charAt(pos)) && ",)]}[({".indexOf(line.charAt(pos)) < 0) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a literal");
        }
        return line.substring(start, pos);
    }

    private String until(char stop) {
        ws();
        int end = line.indexOf(stop, pos);
        if (end < 0) {
            throw error("expected '" + stop + "'");
        }
        String s = line.substring(pos, end).strip();
        pos = end;
        return s;
    }

    private String string() {
        expect("\"");
        int end = line.indexOf('"', pos);
        if (end < 0) {
            throw error("unterminated string");
        }
        String s = line.substring(pos, end);
        pos = end + 1;
        return s;
    }

    private long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error("not an integer: " + s);
        }
    }

    private boolean parseBoolean(String s) {
        if (!s.equals("true") && !s.equals("false")) {
            throw error("not a boolean: " + s);
        }
        return s.equals("true");
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("line " + lineNo + ": " + message + " in: " + line);
    }
}
