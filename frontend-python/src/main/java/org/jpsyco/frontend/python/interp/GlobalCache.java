package org.jpsyco.frontend.python.interp;

import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PyStr;

/**
 * The inline cache of one {@code LOAD_GLOBAL}: where the name was found (the entry position in
 * the globals, or in the builtins with the globals known not to have it), valid while neither
 * dict has gained or lost a key since ({@link PyDict#layout}). A hit reads the entry's current
 * value, so rebinding a global needs no invalidation.
 */
final class GlobalCache {
    private final PyDict globals;
    private final int globalsLayout;
    /** Null when the name is a global. */
    private final PyDict builtins;
    private final int builtinsLayout;
    private final int position;

    private GlobalCache(PyDict globals, PyDict builtins, int position) {
        this.globals = globals;
        this.globalsLayout = globals.layout();
        this.builtins = builtins;
        this.builtinsLayout = builtins == null ? 0 : builtins.layout();
        this.position = position;
    }

    /** The value through the entry in {@code caches[site]}, or null when it does not apply. */
    static PyObject cached(Object[] caches, int site, PyDict g, PyDict b) {
        if (caches[site] instanceof GlobalCache c && c.globals == g && c.globalsLayout == g.layout()) {
            if (c.builtins == null) {
                return g.valueAt(c.position);
            }
            if (c.builtins == b && c.builtinsLayout == b.layout()) {
                return b.valueAt(c.position);
            }
        }
        return null;
    }

    /** Looks {@code name} up in the globals then the builtins, caching where it was found; null if absent. */
    static PyObject lookup(Object[] caches, int site, PyDict g, PyDict b, PyStr name) {
        int p = g.positionOf(name);
        if (p >= 0) {
            caches[site] = new GlobalCache(g, null, p);
            return g.valueAt(p);
        }
        p = b.positionOf(name);
        if (p >= 0) {
            caches[site] = new GlobalCache(g, b, p);
            return b.valueAt(p);
        }
        return null;
    }
}
