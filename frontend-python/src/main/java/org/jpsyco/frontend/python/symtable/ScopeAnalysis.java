package org.jpsyco.frontend.python.symtable;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jpsyco.frontend.python.ast.Pos;
import org.jpsyco.frontend.python.parser.PythonSyntaxError;

/**
 * The second pass of the symbol table, CPython's analysis: top-down, each block learns the
 * names bound in enclosing function scopes ({@code bound}) and the names declared global
 * ({@code global}); a name is then local where it is bound, free where an enclosing function
 * binds it, global otherwise. Bottom-up, the free names of the children turn the locals they
 * refer to into cells, or become free in this block too. A class body passes down what its
 * parent bound, not its own names, plus {@code __class__}, which it provides as a cell when
 * a method uses {@code super()} or {@code __class__}.
 */
final class ScopeAnalysis {
    private final String filename;

    ScopeAnalysis(String filename) {
        this.filename = filename;
    }

    void analyze(Scope top) {
        block(top, null, new HashSet<>(), new HashSet<>());
    }

    private PythonSyntaxError atDirective(Scope s, String name, String msg) {
        Pos p = s.directives.get(name);
        if (p == null) {
            p = new Pos(s.lineno, 0, s.lineno, 0);
        }
        return SymbolTable.error(filename, msg, p);
    }

    /**
     * Resolves the names of {@code s}. {@code bound} is null for the module; {@code free}
     * collects this block's free names for the parent.
     */
    private void block(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        boolean isClass = s.kind == Scope.Kind.CLASS;
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (var e : s.symbols.entrySet()) {
            name(s, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (!isClass) {
            if (s.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope c : s.children) {
            Set<String> childFree = new HashSet<>(newFree);
            block(c, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
        }
        newFree.addAll(allFree);
        if (s.isFunctionLike()) {
            for (var e : scopes.entrySet()) {
                if (e.getValue() == Scope.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(Scope.CELL);
                }
            }
        } else if (isClass && newFree.remove("__class__")) {
            s.needsClassCell = true;
        }
        update(s, scopes, bound, newFree, isClass);
        free.addAll(newFree);
    }

    private void name(Scope s, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
            Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw atDirective(s, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, Scope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw atDirective(s, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw atDirective(s, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, Scope.FREE);
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            scopes.put(name, Scope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, Scope.FREE);
            free.add(name);
            return;
        }
        scopes.put(name, Scope.GLOBAL_IMPLICIT);
    }

    /** Writes the scopes into the flag words, and records the free names the children pass up. */
    private static void update(Scope s, Map<String, Integer> scopes, Set<String> bound, Set<String> free,
            boolean isClass) {
        for (var e : s.symbols.entrySet()) {
            e.setValue(e.getValue() | (scopes.get(e.getKey()) << Scope.SCOPE_OFFSET));
        }
        // CPython iterates a set here; the order only decides where new names go in the table
        for (String name : free.stream().sorted().toList()) {
            Integer v = s.symbols.get(name);
            if (v != null) {
                if (isClass && (v & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    s.symbols.put(name, v | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            s.symbols.put(name, Scope.FREE << Scope.SCOPE_OFFSET);
        }
    }
}
