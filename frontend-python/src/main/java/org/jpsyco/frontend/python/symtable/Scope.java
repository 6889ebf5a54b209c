package org.jpsyco.frontend.python.symtable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The symbols of one scope (module, class body, function, lambda or comprehension) after
 * analysis: how each name is bound ({@link Binding}), the ordered local variables (parameters
 * first), and the cell and free variables.
 */
public final class Scope {
    public enum Kind { MODULE, CLASS, FUNCTION, COMPREHENSION }

    /** Where a name lives, as CPython's symtable scopes. */
    public enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    static final int DEF_LOCAL = 1;
    static final int DEF_PARAM = 2;
    static final int DEF_GLOBAL = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE_CLASS = 32;

    public final String name;
    public final Kind kind;
    public final Scope parent;
    public final List<Scope> children = new ArrayList<>();
    /** The name used for private-name mangling: the innermost enclosing class, or null. */
    public final String privateName;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    private final Map<String, Binding> bindings = new LinkedHashMap<>();
    public boolean generator;
    /** An {@code async def}: calling it makes a coroutine. */
    public boolean coroutine;
    /** A class body whose methods use {@code super()} or {@code __class__}. */
    public boolean needsClassCell;
    /** A function that uses {@code super} or {@code __class__} (it gets a free {@code __class__}). */
    boolean usesClassCell;
    public final int lineno;

    Scope(String name, Kind kind, Scope parent, String privateName, int lineno) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.privateName = privateName;
        this.lineno = lineno;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    void add(String n, int flag) {
        flags.merge(n, flag, (a, b) -> a | b);
    }

    int flagsOf(String n) {
        return flags.getOrDefault(n, 0);
    }

    void bind(String n, Binding b) {
        bindings.put(n, b);
    }

    /** How {@code n} is bound here; names never seen are global (module, function) or looked up by name (class). */
    public Binding binding(String n) {
        Binding b = bindings.get(n);
        if (b != null) {
            return b;
        }
        return kind == Kind.MODULE || kind == Kind.CLASS ? Binding.LOCAL : Binding.GLOBAL_IMPLICIT;
    }

    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    /** Fast locals in order: parameters, then other locals and cells in order of appearance. */
    public List<String> varnames() {
        Set<String> r = new LinkedHashSet<>(params);
        if (isFunctionLike()) {
            for (var e : bindings.entrySet()) {
                if (e.getValue() == Binding.LOCAL || e.getValue() == Binding.CELL) {
                    r.add(e.getKey());
                }
            }
        }
        return new ArrayList<>(r);
    }

    public List<String> cellvars() {
        List<String> r = new ArrayList<>();
        for (var e : bindings.entrySet()) {
            if (e.getValue() == Binding.CELL) {
                r.add(e.getKey());
            }
        }
        r.sort(null);
        return r;
    }

    public List<String> freevars() {
        List<String> r = new ArrayList<>();
        for (var e : bindings.entrySet()) {
            if (e.getValue() == Binding.FREE || (kind == Kind.CLASS && (flagsOf(e.getKey()) & DEF_FREE_CLASS) != 0)) {
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
        return kind + " " + name + " " + bindings;
    }
}
