package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * A slot of a class with {@code __slots__} (CPython's {@code member_descriptor}): a data
 * descriptor reading and writing one entry of {@link PyInstance#slots} by index. Instances of
 * subclasses of other built-in types keep slot values in their dict instead. This class also
 * holds {@link #processSlots}, which turns a class body's {@code __slots__} into descriptors.
 */
public final class PyMemberDescriptor extends PyObject implements JavaSlots.DescrGet, JavaSlots.Repr {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT);

    final String name;
    final PyType owner;
    /** Index into {@link PyInstance#slots}. */
    final int index;

    private PyMemberDescriptor(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        check(obj);
        PyObject v = obj instanceof PyInstance i ? i.slot(index) : obj.dict() == null ? null : obj.dict().getStr(name);
        if (v == null) {
            throw Errors.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    void set(PyObject obj, PyObject value) {
        check(obj);
        if (obj instanceof PyInstance i) {
            if (value == null && i.slot(index) == null) {
                throw Errors.attributeError(name);
            }
            i.setSlot(index, value, owner.slotCount);
        } else if (value == null) {
            if (obj.dict().delStr(name) == null) {
                throw Errors.attributeError(name);
            }
        } else {
            obj.dict().putStr(name, value);
        }
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + obj.type().name() + "' object");
        }
    }

    static {
        BuiltinMethods.define(TYPE, "__get__", (a, k) -> a[1] == PySingleton.NONE ? a[0]
                : ((PyMemberDescriptor) a[0]).get(a[1], a[1].type()));
        BuiltinMethods.define(TYPE, "__set__", (a, k) -> {
            ((PyMemberDescriptor) a[0]).set(a[1], a[2]);
            return PySingleton.NONE;
        });
        BuiltinMethods.define(TYPE, "__delete__", (a, k) -> {
            ((PyMemberDescriptor) a[0]).set(a[1], null);
            return PySingleton.NONE;
        });
    }

    /** The names a slot list declares, for {@code __class__} assignment's layout check. */
    static List<String> slotNames(PyType t) {
        List<String> r = new ArrayList<>();
        for (PyType c : t.mro()) {
            if (c.heap && c.dict().getStr("__slots__") != null) {
                for (var e : c.dict().entries()) {
                    if (e.getValue() instanceof PyMemberDescriptor m && m.owner == c) {
                        r.add(m.name);
                    }
                }
            }
        }
        return r;
    }

    /** The slot names of a class body's {@code __slots__} (a string or an iterable of them), mangled. */
    static List<String> declaredSlots(String className, PyObject slots) {
        List<PyObject> items = slots instanceof PyStr ? List.of(slots) : Abstract.toList(slots);
        List<String> names = new ArrayList<>();
        for (PyObject o : items) {
            if (!(o instanceof PyStr s)) {
                throw Errors.typeError("__slots__ items must be strings, not '" + o.type().name() + "'");
            }
            String n = s.value();
            if (!isIdentifier(n)) {
                throw Errors.typeError("__slots__ must be identifiers");
            }
            names.add(n);
        }
        return names;
    }

    private static boolean isIdentifier(String n) {
        if (n.isEmpty() || !(Character.isUnicodeIdentifierStart(n.codePointAt(0)) || n.charAt(0) == '_')) {
            return false;
        }
        return n.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    private static String mangle(String className, String n) {
        if (!n.startsWith("__") || n.endsWith("__")) {
            return n;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? n : "_" + stripped + n;
    }

    /**
     * Equivalent of the {@code __slots__} part of CPython's {@code type_new}, run before the
     * class exists: checks the names and returns them mangled, or null without {@code __slots__}.
     */
    static List<String> checkSlots(String className, PyType[] bases, PyDict ns) {
        PyObject slots = ns.getStr("__slots__");
        if (slots == null) {
            return null;
        }
        List<String> names = declaredSlots(className, slots);
        List<String> mangled = new ArrayList<>();
        boolean seenDict = false;
        boolean seenWeak = false;
        for (String n : names) {
            if (n.equals("__dict__")) {
                if (seenDict) {
                    throw Errors.typeError("__dict__ slot disallowed: we already got one");
                }
                seenDict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                if (seenWeak) {
                    throw Errors.typeError("__weakref__ slot disallowed: we already got one");
                }
                seenWeak = true;
                continue;
            }
            String m = mangle(className, n);
            if (ns.getStr(m) != null) {
                throw Errors.valueError("'" + m + "' in __slots__ conflicts with class variable");
            }
            mangled.add(m);
        }
        for (PyType b : bases) {
            PyType solid = b.builtinBase;
            if (!mangled.isEmpty() && (solid == PyInt.TYPE || solid == PyTuple.TYPE || solid == PyBytes.TYPE)) {
                throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + solid.name() + "'");
            }
        }
        if (seenDict) {
            mangled.add(0, "__dict__");
        }
        return mangled;
    }

    /** After the class exists: installs the descriptors and decides whether instances have a dict. */
    static void installSlots(PyType t, List<String> slots) {
        int base = 0;
        boolean baseHasDict = false;
        for (PyType b : t.bases()) {
            base = Math.max(base, b.slotCount);
            if (b.heap ? !b.noInstanceDict : b.layout == PyType.Layout.EXCEPTION) {
                baseHasDict = true;
            }
        }
        if (slots == null) {
            t.slotCount = base;
            return;
        }
        boolean wantsDict = !slots.isEmpty() && slots.get(0).equals("__dict__");
        int i = base;
        for (String n : slots) {
            if (!n.equals("__dict__")) {
                t.dict().putStr(n, new PyMemberDescriptor(n, t, i++));
            }
        }
        t.slotCount = i;
        t.noInstanceDict = !wantsDict && !baseHasDict;
    }
}
