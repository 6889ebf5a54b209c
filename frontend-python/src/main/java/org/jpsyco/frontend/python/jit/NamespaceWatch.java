package org.jpsyco.frontend.python.jit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jpsyco.frontend.python.objects.ChangeWatcher;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.cache.AssumptionRegistry;

/**
 * The version tags of one namespace (a module's globals, the builtins, a class): per name, the
 * assumption that its binding stays, broken when the name is rebound to another object, deleted,
 * or (for a name looked up in the builtins) bound in the globals; for a class, when the name's
 * binding changes in the class or any class along its MRO. A dict or class gets its watch
 * the first time compiled code assumes something of it; until then it pays nothing.
 *
 * <p>Each broken assumption counts against its name: a name rebound under compiled code more than
 * {@link #MAX_BREAKS} times is a variable, not a constant, and is loaded at run time from then on,
 * so recompilations caused by rebinding terminate.
 */
final class NamespaceWatch implements ChangeWatcher {
    static final int MAX_BREAKS = 2;

    private final String what;
    private final AssumptionRegistry assumptions = new AssumptionRegistry();
    private final Map<String, Integer> breaks = new HashMap<>();
    private final Set<String> assumed = new HashSet<>();

    private NamespaceWatch(String what) {
        this.what = what;
    }

    /** The watch of {@code d}, made and attached on first use; null when the dict has another kind of watcher. */
    static NamespaceWatch of(PyDict d, String what) {
        if (d.watcher() instanceof NamespaceWatch w) {
            return w;
        }
        if (d.watcher() != null) {
            return null;
        }
        NamespaceWatch w = new NamespaceWatch(what);
        d.watch(w);
        return w;
    }

    /** The watch of heap type {@code t}'s version tag; null for a built-in type or another watcher. */
    static NamespaceWatch of(PyType t) {
        if (t.watcher() instanceof NamespaceWatch w) {
            return w;
        }
        if (!t.heap || t.watcher() != null) {
            return null;
        }
        NamespaceWatch w = new NamespaceWatch("class " + t.name());
        t.watch(w);
        return w;
    }

    /** The assumption that {@code name} keeps its binding, or null when the name proved variable. */
    Assumption assume(String name) {
        if (breaks.getOrDefault(name, 0) >= MAX_BREAKS) {
            return null;
        }
        assumed.add(name);
        return assumptions.assume(name, "constant " + what + "." + name);
    }

    @Override
    public void changed(Object key) {
        if (key == null) {
            for (String n : new ArrayList<>(assumed)) {
                broke(n);
            }
        } else if (key instanceof PyStr s && !assumed.isEmpty()) {
            broke(s.value());
        }
    }

    private void broke(String name) {
        if (assumed.remove(name)) {
            assumptions.invalidate(name);
            breaks.merge(name, 1, Integer::sum);
        }
    }
}
