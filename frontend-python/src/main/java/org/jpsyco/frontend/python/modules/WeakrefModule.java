package org.jpsyco.frontend.python.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.jpsyco.frontend.python.objects.BuiltinMethods;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyBool;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.PyComplex;
import org.jpsyco.frontend.python.objects.PyDict;
import org.jpsyco.frontend.python.objects.PyFloat;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyList;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;
import org.jpsyco.frontend.python.objects.PyTuple;
import org.jpsyco.frontend.python.objects.PyType;
import org.jpsyco.frontend.python.runtime.PythonRuntimeState;

/**
 * {@code _weakref}: the JVM side of {@code weakref} (Python, in lib/). A handle is a
 * {@link WeakReference} to the referent that also points at the Python-level reference object
 * owning it; when the collector clears it, the handle is queued, and the Python side runs the
 * callbacks of the queued owners.
 *
 * <p>CPython frees an object the moment its last reference goes and runs the callbacks right
 * then; here objects die when the JVM collects them. {@code gc.collect()} forces a full
 * collection and runs every callback whose referent it found dead, so the CPython idiom
 * {@code del x; gc.collect()} behaves the same; without the explicit collection, {@code r()}
 * may still return the object for a while, and callbacks run at the next collection or the
 * next weakref operation after the JVM's own collector cleared the reference.
 */
public final class WeakrefModule {
    private WeakrefModule() {
    }

    static final PyType HANDLE = PyType.builtin("weakhandle", PyType.OBJECT);

    /** The weak reference of one Python-level reference object. */
    static final class Handle extends PyObject {
        final Ref ref;

        Handle(Ref ref) {
            this.ref = ref;
        }

        @Override
        public PyType type() {
            return HANDLE;
        }
    }

    /**
     * The JVM weak reference to the referent. The owner (the Python reference object) is held
     * weakly too: as in CPython, a reference object that died first calls nothing back.
     */
    static final class Ref extends WeakReference<PyObject> {
        final WeakReference<PyObject> owner;
        final long serial;
        /** Serial of the first reference made to the same referent: callbacks run grouped by referent. */
        final long group;
        boolean done;

        Ref(PyObject referent, ReferenceQueue<PyObject> q, PyObject owner, long serial, long group) {
            super(referent, q);
            this.owner = new WeakReference<>(owner);
            this.serial = serial;
            this.group = group;
        }
    }

    static {
        HANDLE.module = "_weakref";
        BuiltinMethods.define(HANDLE, "get", (a, k) -> {
            PyObject o = ((Handle) a[0]).ref.get();
            return o == null ? PySingleton.NONE : o;
        });
        BuiltinMethods.define(HANDLE, "alive", (a, k) -> PyBool.of(((Handle) a[0]).ref.get() != null));
    }

    /** Types whose instances CPython cannot reference weakly. */
    private static boolean weakrefable(PyObject o) {
        PyType t = o.type();
        if (t.heap) {
            return !(t.isSubtype(PyInt.TYPE) || t.isSubtype(PyTuple.TYPE) || t.isSubtype(PyBytes.TYPE));
        }
        return !(o instanceof PyInt || o instanceof PyStr || o instanceof PyTuple || o instanceof PyList
                || o instanceof PyDict || o instanceof PyFloat || o instanceof PyBytes || o instanceof PyComplex
                || o == PySingleton.NONE || o instanceof PyBool);
    }

    public static PyModule create(PythonRuntimeState rt) {
        PyModule m = new PyModule("_weakref");
        ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
        long[] serial = {0};
        // the first reference's serial per live referent (identity: referents are compared by identity)
        Map<PyObject, Long> groups = java.util.Collections.synchronizedMap(new WeakHashMap<>());
        // every reference not yet reported dead: a full collection clears referents at once,
        // while the reference queue is filled later by the JVM's reference handler thread, so
        // gc.collect() scans this set rather than waiting on the queue
        java.util.Set<Ref> live = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int[] pruneAt = {1024};
        // the references to each live referent, in creation order (getweakrefs, and the one
        // plain reference without callback that CPython shares)
        Map<PyObject, List<Ref>> byReferent = java.util.Collections.synchronizedMap(new WeakHashMap<>());
        m.def("handle", (a, k) -> {
            PyObject ob = a[0];
            if (!weakrefable(ob)) {
                throw Errors.typeError("cannot create weak reference to '" + ob.type().name() + "' object");
            }
            long s;
            long g;
            synchronized (queue) {
                s = ++serial[0];
                g = groups.computeIfAbsent(ob, x -> s);
            }
            Ref r = new Ref(ob, queue, a[1], s, g);
            byReferent.computeIfAbsent(ob, x -> new ArrayList<>()).add(r);
            synchronized (live) {
                live.add(r);
                if (live.size() > pruneAt[0]) {
                    // reference objects the program dropped: forget them (amortized, by doubling)
                    live.removeIf(x -> x.owner.get() == null);
                    pruneAt[0] = Math.max(1024, 2 * live.size());
                }
            }
            return new Handle(r);
        });
        m.def("refs", (a, k) -> {
            PyList out = new PyList();
            List<Ref> refs = byReferent.get(a[0]);
            if (refs != null) {
                synchronized (byReferent) {
                    refs.removeIf(r -> r.owner.get() == null || r.get() == null);
                    for (Ref r : refs) {
                        PyObject owner = r.owner.get();
                        if (owner != null) {
                            out.append(owner);
                        }
                    }
                }
            }
            return out;
        });
        m.def("dead", (a, k) -> {
            boolean collect = a.length > 0 && a[0] == PyBool.TRUE;
            List<Ref> dead = new ArrayList<>();
            synchronized (live) {
                if (collect) {
                    System.gc();
                    for (var it = live.iterator(); it.hasNext();) {
                        Ref r = it.next();
                        if (r.owner.get() == null) {
                            r.done = true;
                            it.remove();
                        } else if (r.get() == null) {
                            r.done = true;
                            it.remove();
                            dead.add(r);
                        }
                    }
                }
                for (var q = queue.poll(); q != null; q = queue.poll()) {
                    Ref r = (Ref) q;
                    if (!r.done) {
                        r.done = true;
                        live.remove(r);
                        dead.add(r);
                    }
                }
            }
            // as CPython: objects in the order they died (approximated by age), and for one
            // object its references newest first
            dead.sort(Comparator.comparingLong((Ref r) -> r.group).thenComparing(r -> -r.serial));
            PyList out = new PyList();
            IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
            for (Ref r : dead) {
                PyObject owner = r.owner.get();
                if (owner != null && seen.put(owner, true) == null) {
                    out.append(owner);
                }
            }
            return out;
        });
        return m;
    }
}
