package org.jpsyco.frontend.python.modules.json;

import org.jpsyco.frontend.python.objects.Abstract;
import org.jpsyco.frontend.python.objects.PyInt;
import org.jpsyco.frontend.python.objects.PyModule;
import org.jpsyco.frontend.python.objects.PyObject;
import org.jpsyco.frontend.python.objects.PySingleton;
import org.jpsyco.frontend.python.objects.PyStr;

/**
 * The {@code _json} module: the scanner and encoder in Java under the {@code json} package
 * (written in Python, {@code lib/json/}), as CPython's {@code _json} accelerates its own.
 */
public final class JsonModule {
    private JsonModule() {
    }

    public static PyModule create() {
        PyModule m = new PyModule("_json");
        // scan_once(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
        // parse_constant, error_class) -> (value, end)
        m.def("scan_once", (a, k) -> {
            JsonDecoder d = new JsonDecoder((PyStr) a[0], Abstract.isTrue(a[2]), a[3], a[4], a[5], a[6], a[7], a[8]);
            return d.scanOnce(d.charIndex(((PyInt) a[1]).intValue()));
        });
        // decode(s, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant,
        // error_class) -> value: a whole document, whitespace around it allowed
        m.def("decode", (a, k) -> {
            PyStr s = (PyStr) a[0];
            JsonDecoder d = new JsonDecoder(s, Abstract.isTrue(a[1]), a[2], a[3], a[4], a[5], a[6], a[7]);
            return d.decodeDocument();
        });
        // encode(o, ensure_ascii, indent, item_separator, key_separator, sort_keys, skipkeys,
        // allow_nan, check_circular, default) -> str
        m.def("encode", (a, k) -> {
            JsonEncoder e = new JsonEncoder(Abstract.isTrue(a[1]), a[2] == PySingleton.NONE ? null : ((PyStr) a[2]).value(),
                    ((PyStr) a[3]).value(), ((PyStr) a[4]).value(), Abstract.isTrue(a[5]), Abstract.isTrue(a[6]),
                    Abstract.isTrue(a[7]), Abstract.isTrue(a[8]), a[9] == PySingleton.NONE ? null : a[9]);
            return PyStr.of(e.encode(a[0]));
        });
        m.def("encode_basestring", (a, k) -> basestring(a[0], false));
        m.def("encode_basestring_ascii", (a, k) -> basestring(a[0], true));
        return m;
    }

    private static PyObject basestring(PyObject o, boolean ascii) {
        if (!(o instanceof PyStr s)) {
            throw org.jpsyco.frontend.python.objects.Errors.typeError(
                    "first argument must be a string, not " + o.type().name());
        }
        StringBuilder sb = new StringBuilder();
        JsonEncoder.string(sb, s.value(), ascii);
        return PyStr.of(sb.toString());
    }
}
