package org.jpsyco.frontend.python.objects;

/** Python's complex: a pair of doubles, with CPython's arithmetic ({@code complexobject.c}) and repr. */
public final class PyComplex extends PyObject implements SubclassableValue {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT);

    public final double real;
    public final double imag;
    /** For an instance of a Python subclass of complex: its class and attributes. */
    private PyType subtype;
    private PyDict instDict;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return subtype == null ? TYPE : subtype;
    }

    @Override
    public PyDict dict() {
        return instDict;
    }

    @Override
    public PyObject asSubclass(PyType t) {
        PyComplex c = new PyComplex(real, imag);
        c.subtype = t;
        c.instDict = new PyDict();
        return c;
    }

    /** int, float or complex as a complex; null for anything else. */
    static PyComplex of(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyInt i) {
            return new PyComplex(i.doubleValue(), 0);
        }
        if (o instanceof PyFloat f) {
            return new PyComplex(f.value, 0);
        }
        return null;
    }

    static PyObject binary(BinaryOp op, PyComplex a, PyComplex b) {
        return switch (op) {
            case ADD -> new PyComplex(a.real + b.real, a.imag + b.imag);
            case SUB -> new PyComplex(a.real - b.real, a.imag - b.imag);
            case MUL -> mul(a, b);
            case TRUEDIV -> quot(a, b);
            case POW -> pow(a, b);
            default -> null;
        };
    }

    private static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** CPython's {@code _Py_c_quot}. */
    private static PyComplex quot(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0) {
                throw Errors.zeroDivision("complex division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /** CPython's {@code complex_pow}: repeated squaring for small integral exponents. */
    static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100) {
            int n = (int) b.real;
            return n >= 0 ? powu(a, n) : quot(new PyComplex(1, 0), powu(a, -n));
        }
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PyComplex powu(PyComplex x, int n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        int mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            mask <<= 1;
            p = mul(p, p);
        }
        return r;
    }

    public long hash() {
        long h = PyFloat.hash(real) + 1000003L * PyFloat.hash(imag);
        return h == -1 ? -2 : h;
    }

    static String part(double d) {
        String s = FloatFormat.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    public String repr() {
        if (real == 0 && Math.copySign(1, real) > 0) {
            return part(imag) + "j";
        }
        boolean neg = imag < 0 || (imag == 0 && Math.copySign(1, imag) < 0);
        String im = Double.isNaN(imag) ? "+nan" : (neg ? "-" : "+") + part(Math.abs(imag));
        return "(" + part(real) + im + "j)";
    }

    static void register() {
        BuiltinMethods.def(TYPE, "__complex__", (a, k) -> {
            Args.check("__complex__", a, k, 1, 1);
            PyComplex c = (PyComplex) a[0];
            return c.type() == TYPE ? c : new PyComplex(c.real, c.imag);
        });
        BuiltinMethods.def(TYPE, "__getnewargs__", (a, k) -> {
            Args.check("__getnewargs__", a, k, 1, 1);
            PyComplex c = (PyComplex) a[0];
            return PyTuple.of(new PyFloat(c.real), new PyFloat(c.imag));
        });
        BuiltinMethods.def(TYPE, "conjugate", (a, k) -> new PyComplex(((PyComplex) a[0]).real,
                -((PyComplex) a[0]).imag));
        TYPE.constructor = (a, k) -> {
            int npos = a.length - k.length;
            PyObject re = npos > 0 ? a[0] : Args.keyword(a, k, "real");
            PyObject im = npos > 1 ? a[1] : Args.keyword(a, k, "imag");
            if (re instanceof PyStr s) {
                if (im != null) {
                    throw Errors.typeError("complex() can't take second arg if first is a string");
                }
                return parse(s.value());
            }
            if (im instanceof PyStr) {
                throw Errors.typeError("complex() second arg can't be a string");
            }
            if (re != null && re.type().heap && !(re instanceof PyComplex)) {
                PyObject m = re.type().lookup("__complex__");
                if (m == null) {
                    m = re.type().lookup("__float__");
                }
                if (m != null) {
                    re = Abstract.callDescriptor(m, re);
                }
            }
            PyComplex r = re == null ? new PyComplex(0, 0) : of(re);
            PyComplex i = im == null ? new PyComplex(0, 0) : of(im);
            if (r == null || i == null) {
                throw Errors.typeError("complex() first argument must be a string or a number, not '"
                        + (r == null ? re : im).type().name() + "'");
            }
            // as CPython's complex_new: a real part or imaginary part given as a real number is
            // taken as is, so the sign of a zero survives
            boolean rc = re instanceof PyComplex || re != null && re.type().heap
                    && re.type().lookup("__complex__") != null;
            boolean ic = im instanceof PyComplex || im != null && im.type().heap
                    && im.type().lookup("__complex__") != null;
            double real = ic ? r.real - i.imag : r.real;
            double imag = im == null ? (rc ? r.imag : 0.0) : rc ? i.real + r.imag : i.real;
            return new PyComplex(real, imag);
        };
    }

    private static PyComplex parse(String text) {
        String s = text.strip().replace("_", "");
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        try {
            if (!s.endsWith("j") && !s.endsWith("J")) {
                return new PyComplex(Constructors.parseFloat(s), 0);
            }
            String body = s.substring(0, s.length() - 1);
            int split = -1;
            for (int i = body.length() - 1; i > 0; i--) {
                char c = body.charAt(i);
                if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                    split = i;
                    break;
                }
            }
            if (split < 0) {
                double im = body.isEmpty() || body.equals("+") ? 1 : body.equals("-") ? -1
                        : Constructors.parseFloat(body);
                return new PyComplex(0, im);
            }
            String imPart = body.substring(split);
            double im = imPart.equals("+") ? 1 : imPart.equals("-") ? -1 : Constructors.parseFloat(imPart);
            return new PyComplex(Constructors.parseFloat(body.substring(0, split)), im);
        } catch (PyException e) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
    }
}
