package org.jpsyco.frontend.python.objects;

/**
 * A module's {@code __spec__} (CPython's {@code importlib.machinery.ModuleSpec}) as the importer
 * records it: {@code name}, {@code origin} (the file, or "built-in"), {@code parent},
 * {@code submodule_search_locations} (a package's folders, else None), {@code has_location} and
 * {@code cached}. jpsyco has no loader objects, so {@code loader} is None.
 */
public final class PyModuleSpec extends PyObject implements JavaSlots.Repr {
    public static final PyType TYPE = PyType.builtin("ModuleSpec", PyType.OBJECT);

    static {
        TYPE.module = "importlib.machinery";
    }

    private final PyDict dict = new PyDict();

    /** The spec of module {@code name} loaded from {@code origin} (null for a built-in one); {@code packageDir} for a package. */
    public PyModuleSpec(String name, String origin, String packageDir) {
        dict.putStr("name", PyStr.of(name));
        dict.putStr("loader", PySingleton.NONE);
        dict.putStr("origin", PyStr.of(origin == null ? "built-in" : origin));
        dict.putStr("loader_state", PySingleton.NONE);
        dict.putStr("submodule_search_locations", packageDir == null ? PySingleton.NONE
                : new PyList(new PyObject[] {PyStr.of(packageDir)}));
        dict.putStr("cached", PySingleton.NONE);
        dict.putStr("has_location", PyBool.of(origin != null));
        String parent = packageDir != null ? name : name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        dict.putStr("parent", PyStr.of(parent));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    @Override
    public String repr() {
        StringBuilder b = new StringBuilder("ModuleSpec(name=").append(Abstract.repr(dict.getStr("name")).value())
                .append(", loader=None");
        if (dict.getStr("has_location") == PyBool.TRUE) {
            b.append(", origin=").append(Abstract.repr(dict.getStr("origin")).value());
        } else {
            b.append(", origin='built-in'");
        }
        PyObject locations = dict.getStr("submodule_search_locations");
        if (locations != PySingleton.NONE) {
            b.append(", submodule_search_locations=").append(Abstract.repr(locations).value());
        }
        return b.append(')').toString();
    }
}
