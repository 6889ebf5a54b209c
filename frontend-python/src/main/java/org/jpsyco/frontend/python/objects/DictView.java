package org.jpsyco.frontend.python.objects;

import java.util.ArrayList;
import java.util.List;

/** {@code dict.keys()}, {@code dict.values()} and {@code dict.items()}. */
public final class DictView extends PyObject {
    public enum Kind { KEYS, VALUES, ITEMS }

    public static final PyType KEYS = PyType.builtin("dict_keys", PyType.OBJECT);
    public static final PyType VALUES = PyType.builtin("dict_values", PyType.OBJECT);
    public static final PyType ITEMS = PyType.builtin("dict_items", PyType.OBJECT);

    public final PyDict dict;
    public final Kind kind;

    public DictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public List<PyObject> items() {
        List<PyObject> r = new ArrayList<>(dict.size());
        int end = dict.entryEnd();
        for (int e = 0; e < end; e++) {
            PyObject k = dict.keyAt(e);
            if (k != null) {
                r.add(switch (kind) {
                    case KEYS -> k;
                    case VALUES -> dict.valueAt(e);
                    case ITEMS -> PyTuple.of(k, dict.valueAt(e));
                });
            }
        }
        return r;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> KEYS;
            case VALUES -> VALUES;
            case ITEMS -> ITEMS;
        };
    }
}
