package org.jpsyco.frontend.python.objects;

/** Set algebra: {@code | & - ^} on set and frozenset. */
final class SetOps {
    private SetOps() {
    }

    static PyObject binary(BinaryOp op, PyObject a, PyObject b) {
        if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
            return null;
        }
        PySet r = new PySet(x.frozen);
        switch (op) {
            case OR -> {
                r.set.addAll(x.set);
                r.set.addAll(y.set);
            }
            case AND -> {
                for (DictKey k : x.set) {
                    if (y.set.contains(k)) {
                        r.set.add(k);
                    }
                }
            }
            case SUB -> {
                for (DictKey k : x.set) {
                    if (!y.set.contains(k)) {
                        r.set.add(k);
                    }
                }
            }
            case XOR -> {
                for (DictKey k : x.set) {
                    if (!y.set.contains(k)) {
                        r.set.add(k);
                    }
                }
                for (DictKey k : y.set) {
                    if (!x.set.contains(k)) {
                        r.set.add(k);
                    }
                }
            }
            default -> {
                return null;
            }
        }
        return r;
    }
}
