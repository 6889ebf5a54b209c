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

    /** The JVM weak reference; the owner is strong so it can be called back once the referent is gone. */
    static final class Ref extends WeakReference<PyObject> {
        final PyObject owner;
        final long serial;
        /** Serial of the first reference made to the same referent: callbacks run grouped by referent. */
        final long group;

        Ref(PyObject referent, ReferenceQueue<PyObject> q, PyObject owner, long serial, long group) {
            super(referent, q);
            this.owner = owner;
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
            return new Handle(new Ref(ob, queue, a[1], s, g));
        });
        m.def("dead", (a, k) -> {
            boolean collect = a.length > 0 && a[0] == PyBool.TRUE;
            List<Ref> dead = new ArrayList<>();
            try {
                if (collect) {
                    System.gc();
                    // the collector queues cleared references from its own thread: wait for them
                    // briefly, then take what is there
                    java.lang.ref.Reference<? extends PyObject> r = queue.remove(30);
                    while (r != null) {
                        dead.add((Ref) r);
                        r = queue.remove(5);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            for (var r = queue.poll(); r != null; r = queue.poll()) {
                dead.add((Ref) r);
            }
            // as CPython: objects in the order they died (approximated by age), and for one
            // object its references newest first
            dead.sort(Comparator.comparingLong((Ref r) -> r.group).thenComparing(r -> -r.serial));
            PyList out = new PyList();
            IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
            for (Ref r : dead) {
                if (seen.put(r.owner, true) == null) {
                    out.append(r.owner);
                }
            }
            return out;
        });
        return m;
    }
}
