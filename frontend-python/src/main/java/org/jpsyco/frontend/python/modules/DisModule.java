package org.jpsyco.frontend.python.modules;

import org.jpsyco.frontend.python.bytecode.CodeObject;
import org.jpsyco.frontend.python.bytecode.Disassembler;
import org.jpsyco.frontend.python.objects.Errors;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyStr;

/**
 * {@code _jpsyco_dis}: jpsyco's own disassembler for the Python {@code dis} module. The listing
 * is of jpsyco's bytecode (the instructions the interpreter and the specializer run), which is
 * not CPython's: names and arguments differ, the layout is alike.
 */
public final class DisModule {
    private DisModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("_jpsyco_dis");
        m.def("disassemble", (a, k) -> {
            if (!(a[0] instanceof CodeObject code)) {
                throw Errors.typeError("disassemble() expects a code object, not " + a[0].type().name());
            }
            return PyStr.of(Disassembler.disassemble(code));
        });
        return m;
    }
}
