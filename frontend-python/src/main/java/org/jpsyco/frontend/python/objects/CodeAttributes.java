package org.jpsyco.frontend.python.objects;

import org.jpsyco.frontend.python.bytecode.CodeObject;

/** The {@code co_*} attributes of code objects that programs read (names, counts, flags, line). */
final class CodeAttributes {
    private CodeAttributes() {
    }

    static PyObject get(CodeObject c, String name) {
        return switch (name) {
            case "co_name" -> PyStr.of(c.name);
            case "co_qualname" -> PyStr.of(c.qualname);
            case "co_filename" -> PyStr.of(c.filename);
            case "co_firstlineno" -> PyInt.of(c.firstlineno);
            case "co_argcount" -> PyInt.of(c.argcount);
            case "co_posonlyargcount" -> PyInt.of(c.posonlyargcount);
            case "co_kwonlyargcount" -> PyInt.of(c.kwonlyargcount);
            case "co_nlocals" -> PyInt.of(c.varnames.length);
            case "co_flags" -> PyInt.of(c.flags);
            case "co_stacksize" -> PyInt.of(c.stacksize);
            case "co_varnames" -> names(c.varnames);
            case "co_cellvars" -> names(c.cellvars);
            case "co_freevars" -> names(c.freevars);
            case "co_names" -> names(c.names);
            case "co_consts" -> PyTuple.of(c.consts.clone());
            default -> null;
        };
    }

    private static PyTuple names(String[] names) {
        PyObject[] r = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            r[i] = PyStr.of(names[i]);
        }
        return PyTuple.of(r);
    }
}
