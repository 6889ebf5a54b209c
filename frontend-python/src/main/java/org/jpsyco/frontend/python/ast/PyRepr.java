package org.jpsyco.frontend.python.ast;

import java.math.BigInteger;

import org.jpsyco.frontend.python.objects.FloatFormat;
import org.jpsyco.frontend.python.objects.PyBytes;
import org.jpsyco.frontend.python.objects.Repr;

/**
 * Python's {@code repr()} of the constant values an AST holds (str, bytes, int, float,
 * imaginary, bool, None, Ellipsis), through the runtime's own repr of those types.
 */
public final class PyRepr {
    private PyRepr() {
    }

    public static String repr(Object v) {
        if (v == null || v == ConstantValue.NONE) {
            return "None";
        }
        if (v == ConstantValue.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String s) {
            return str(s);
        }
        if (v instanceof BigInteger || v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return floatRepr(d);
        }
        if (v instanceof ConstantValue.Imaginary im) {
            return imagRepr(im.imag());
        }
        if (v instanceof ConstantValue.Bytes b) {
            return bytes(b.value());
        }
        return String.valueOf(v);
    }

    /** {@code repr(float)}. */
    public static String floatRepr(double d) {
        return FloatFormat.repr(d);
    }

    /** {@code repr(complex(0, imag))} for a non-negative zero real part: no {@code .0} added. */
    public static String imagRepr(double imag) {
        String r = FloatFormat.repr(imag);
        return (r.endsWith(".0") ? r.substring(0, r.length() - 2) : r) + "j";
    }

    /** {@code repr(str)}. */
    public static String str(String s) {
        return Repr.strRepr(s);
    }

    /** {@code repr(bytes)}. */
    public static String bytes(byte[] b) {
        return PyBytes.repr(b);
    }
}
