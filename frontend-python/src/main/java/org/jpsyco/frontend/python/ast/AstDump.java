package org.jpsyco.frontend.python.ast;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPython 3.11's {@code ast.dump(node)} with default options: one line, every field as
 * {@code name=value} in {@code _fields} order, optional fields omitted when None (3.11 keeps
 * empty lists as {@code []}), no location attributes, constants printed with Python's repr.
 */
public final class AstDump {
    private AstDump() {
    }

    private record Field(String pyName, RecordComponent component) {
    }

    private static final ConcurrentHashMap<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

    public static String dump(Node node) {
        return dump(node, false);
    }

    /** Like {@code ast.dump(node, include_attributes=True)} when {@code includeAttributes}. */
    public static String dump(Node node, boolean includeAttributes) {
        try {
            StringBuilder sb = new StringBuilder(256);
            format(node, sb, includeAttributes);
            return sb.toString();
        } catch (StackOverflowError e) {
            return dumpOnLargeStack(node, includeAttributes);
        }
    }

    /** Trees nested thousands of levels deep are printed on a thread with a large stack. */
    private static String dumpOnLargeStack(Node node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder(256);
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                format(node, sb, includeAttributes);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "jpsyco-ast-dump", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dumping", e);
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        return sb.toString();
    }

    private static Field[] fields(Class<?> c) {
        return FIELDS.computeIfAbsent(c, k -> {
            RecordComponent[] rc = k.getRecordComponents();
            java.util.ArrayList<Field> out = new java.util.ArrayList<>();
            for (RecordComponent r : rc) {
                if (r.getName().equals("pos") && r.getType() == Pos.class) {
                    continue;
                }
                out.add(new Field(snake(r.getName()), r));
            }
            return out.toArray(new Field[0]);
        });
    }

    private static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void format(Object v, StringBuilder sb, boolean attrs) {
        if (v instanceof Enum<?> e && v instanceof Node n) {
            sb.append(n.nodeName()).append("()");
        } else if (v instanceof Node n) {
            sb.append(n.nodeName()).append('(');
            boolean first = true;
            for (Field f : fields(n.getClass())) {
                Object value;
                try {
                    value = f.component().getAccessor().invoke(n);
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
                if (value == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(f.pyName()).append('=');
                format(value, sb, attrs);
            }
            if (attrs && n instanceof Located loc) {
                Pos ps = loc.pos();
                sb.append(first ? "" : ", ").append("lineno=").append(ps.lineno()).append(", col_offset=")
                        .append(ps.colOffset());
                if (ps.endLineno() >= 0) {
                    sb.append(", end_lineno=").append(ps.endLineno()).append(", end_col_offset=")
                            .append(ps.endColOffset());
                }
            }
            sb.append(')');
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                Object x = list.get(i);
                if (x == null) {
                    sb.append("None");
                } else {
                    format(x, sb, attrs);
                }
            }
            sb.append(']');
        } else {
            sb.append(PyRepr.repr(v));
        }
    }
}
