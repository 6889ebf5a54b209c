package org.jpsyco.frontend.python.objects;

/** property, staticmethod, classmethod and super objects. */
public final class PyDescriptors {
    private PyDescriptors() {
    }

    public static final PyType PROPERTY = PyType.builtin("property", PyType.OBJECT);
    public static final PyType STATICMETHOD = PyType.builtin("staticmethod", PyType.OBJECT);
    public static final PyType CLASSMETHOD = PyType.builtin("classmethod", PyType.OBJECT);
    public static final PyType SUPER = PyType.builtin("super", PyType.OBJECT);

    /** A {@code property}; null accessors are absent. */
    public static final class Property extends PyObject {
        public final PyObject fget;
        public final PyObject fset;
        public final PyObject fdel;
        /** The doc argument, or null to use the getter's docstring. */
        public PyObject doc;

        public Property(PyObject fget, PyObject fset, PyObject fdel) {
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
        }

        /** Set for instances of Python subclasses. */
        PyType subtype;
        PyDict instDict;

        @Override
        public PyType type() {
            return subtype != null ? subtype : PROPERTY;
        }

        @Override
        public PyDict dict() {
            return instDict;
        }
    }

    public static final class StaticMethod extends PyObject {
        public final PyObject function;

        public StaticMethod(PyObject function) {
            this.function = function;
        }

        /** Set for instances of Python subclasses. */
        PyType subtype;
        PyDict instDict;

        @Override
        public PyType type() {
            return subtype != null ? subtype : STATICMETHOD;
        }

        @Override
        public PyDict dict() {
            return instDict;
        }
    }

    public static final class ClassMethod extends PyObject {
        public final PyObject function;

        public ClassMethod(PyObject function) {
            this.function = function;
        }

        /** Set for instances of Python subclasses. */
        PyType subtype;
        PyDict instDict;

        @Override
        public PyType type() {
            return subtype != null ? subtype : CLASSMETHOD;
        }

        @Override
        public PyDict dict() {
            return instDict;
        }
    }

    /** {@code super(type, obj)}: attribute lookup starting after {@code thisType} in obj's MRO. */
    public static final class Super extends PyObject {
        public final PyType thisType;
        public final PyObject obj;
        public final PyType objType;

        public Super(PyType thisType, PyObject obj) {
            this.thisType = thisType;
            this.obj = obj;
            this.objType = obj instanceof PyType t && t.isSubtype(thisType) ? t : obj.type();
        }

        @Override
        public PyType type() {
            return SUPER;
        }
    }
}
