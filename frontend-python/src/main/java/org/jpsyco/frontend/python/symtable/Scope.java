package org.jpsyco.frontend.python.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jpsyco.frontend.python.ast.Pos;

/**
 * The symbols of one scope (module, class body, function, lambda or comprehension). Each name
 * carries CPython's flag word: how the block uses it (bound, parameter, imported, used,
 * declared global or nonlocal, annotated, comprehension iteration variable) in the low bits
 * and, once analysed, where it lives ({@link Binding}) from bit {@link #SCOPE_OFFSET} on. The
 * encoding is CPython's, so the tables can be compared with its {@code symtable} module.
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION, COMPREHENSION, ANNOTATION }

    /** Where a name lives, as CPython's symtable scopes (codes 1 to 5 in the flag word). */
    public enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_FREE = 32;
    public static final int DEF_FREE_CLASS = 64;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    public static final int SCOPE_OFFSET = 11;
    static final int SCOPE_MASK = 7;
    static final int LOCAL = 1;
    static final int GLOBAL_EXPLICIT = 2;
    static final int GLOBAL_IMPLICIT = 3;
    static final int FREE = 4;
    static final int CELL = 5;

    /** The code object's name: the function or class name, {@code <lambda>}, {@code <listcomp>}... */
    public final String name;
    public final Kind kind;
    public final Scope parent;
    public final List<Scope> children = new ArrayList<>();
    /** The name used for private-name mangling: the innermost enclosing class, or null. */
    public final String privateName;
    public final int lineno;
    /** For a comprehension, what CPython calls it in errors ("list comprehension", ...). */
    final String comprehension;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    /** The parameters, in CPython's order (positional-only, positional, keyword-only, *, **). */
    final List<String> params = new ArrayList<>();
    /** Where each name was first declared global or nonlocal, for errors found by the analysis. */
    final Map<String, Pos> directives = new HashMap<>();
    /** Depth of comprehension iterable expressions being walked in this scope. */
    int compIterExpr;
    /** True while walking the target of a comprehension's for clause. */
    boolean compIterTarget;
    public boolean generator;
    /** An {@code async def}, or a comprehension that awaits: calling it makes a coroutine. */
    public boolean coroutine;
    /** A class body whose methods use {@code super()} or {@code __class__}. */
    public boolean needsClassCell;

    Scope(String name, Kind kind, Scope parent, String privateName, int lineno, String comprehension,
            boolean attached) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.privateName = privateName;
        this.lineno = lineno;
        this.comprehension = comprehension;
        if (parent != null && attached) {
            parent.children.add(this);
        }
    }

    int flagsOf(String n) {
        return symbols.getOrDefault(n, 0);
    }

    /** The analysed scope code of {@code n} (0 when the name does not occur here). */
    int scopeCode(String n) {
        return (flagsOf(n) >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    /** The names of this scope with their flag words, in order of first occurrence. */
    public Map<String, Integer> symbols() {
        return Collections.unmodifiableMap(symbols);
    }

    /** The parameters in CPython's order (its {@code ste_varnames}). */
    public List<String> params() {
        return Collections.unmodifiableList(params);
    }

    /** How {@code n} is bound here; names never seen are global (module, function) or looked up by name (class). */
    public Binding binding(String n) {
        switch (scopeCode(n)) {
            case LOCAL:
                return Binding.LOCAL;
            case GLOBAL_EXPLICIT:
                return Binding.GLOBAL_EXPLICIT;
            case GLOBAL_IMPLICIT:
                return Binding.GLOBAL_IMPLICIT;
            case FREE:
                return Binding.FREE;
            case CELL:
                return Binding.CELL;
            default:
                return kind == Kind.MODULE || kind == Kind.CLASS ? Binding.LOCAL : Binding.GLOBAL_IMPLICIT;
        }
    }

    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    /** Fast locals in order: parameters, then other locals and cells in order of appearance. */
    public List<String> varnames() {
        Set<String> r = new LinkedHashSet<>(params);
        if (isFunctionLike()) {
            for (var e : symbols.entrySet()) {
                int code = (e.getValue() >> SCOPE_OFFSET) & SCOPE_MASK;
                if (code == LOCAL || code == CELL) {
                    r.add(e.getKey());
                }
            }
        }
        return new ArrayList<>(r);
    }

    /** Cell variables, sorted as CPython sorts them; a class needing one has {@code __class__}. */
    public List<String> cellvars() {
        List<String> r = new ArrayList<>();
        for (var e : symbols.entrySet()) {
            if (((e.getValue() >> SCOPE_OFFSET) & SCOPE_MASK) == CELL) {
                r.add(e.getKey());
            }
        }
        if (needsClassCell && !r.contains("__class__")) {
            r.add("__class__");
        }
        r.sort(null);
        return r;
    }

    /** Free variables, sorted; in a class also its own names that methods see as free. */
    public List<String> freevars() {
        List<String> r = new ArrayList<>();
        for (var e : symbols.entrySet()) {
            int f = e.getValue();
            if (((f >> SCOPE_OFFSET) & SCOPE_MASK) == FREE || (f & DEF_FREE_CLASS) != 0) {
                r.add(e.getKey());
            }
        }
        r.sort(null);
        return r;
    }

    /** In a class body: a name that is local to the class but also free for a method. */
    public boolean isClassFree(String n) {
        return kind == Kind.CLASS && (flagsOf(n) & DEF_FREE_CLASS) != 0;
    }

    @Override
    public String toString() {
        return kind + " " + name + " " + symbols;
    }
}
