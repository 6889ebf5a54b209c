package org.jpsyco.frontend.python.objects;

import org.jpsyco.frontend.python.bytecode.CodeObject;

/** One traceback entry: the code and instruction index being run in a frame the exception passed through. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT);
    public final CodeObject code;
    public final int instr;
    public final PyTraceback next;

    public PyTraceback(CodeObject code, int instr, PyTraceback next) {
        this.code = code;
        this.instr = instr;
        this.next = next;
    }

    public int lineno() {
        return code.lineOf(instr);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
