package org.jpsyco.backend.jvm;

/** Runtime helpers and version bodies that test LIR calls; some raise {@link TestLinkage.Raise}. */
public final class Helpers {
    private Helpers() {
    }

    public static Object PyLong_FromLong(long v) {
        return "int:" + v;
    }

    public static Object make_pair(double a, Object b) {
        return "pair(" + a + ", " + b + ")";
    }

    /** Adds; raises when the sum is a multiple of 7. */
    public static long h_add(TestLinkage l, long a, long b) {
        l.events.add("h_add(" + a + ", " + b + ")");
        long r = a + b;
        if (r % 7 == 0) {
            throw new TestLinkage.Raise("h_add " + r);
        }
        return r;
    }

    public static Object h_box(long v) {
        return v;
    }

    /** A long back from a box; raises on anything else. */
    public static long h_unbox(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        throw new TestLinkage.Raise("h_unbox " + TestLinkage.show(o));
    }

    public static double h_f(TestLinkage l, double d) {
        l.events.add("h_f(" + d + ")");
        if (Double.isNaN(d)) {
            throw new TestLinkage.Raise("h_f NaN");
        }
        return d * 0.5 + 1;
    }

    public static void h_void(TestLinkage l, long v) {
        l.events.add("h_void(" + v + ")");
        if (v == 13) {
            throw new TestLinkage.Raise("h_void 13");
        }
    }

    public static boolean h_odd(long v) {
        return (v & 1) != 0;
    }

    /** Throws an exception that is not the raised type: it must propagate even with a descriptor. */
    public static long h_bug(long v) {
        if (v == 43) {
            throw new IllegalStateException("h_bug 43");
        }
        return v;
    }

    public static long v_square(long v) {
        return v * v;
    }

    public static long v_negate(long v) {
        return -v;
    }

    public static double v_half(double v) {
        return v / 2;
    }
}
