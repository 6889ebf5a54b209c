package org.jpsyco.frontend.python.objects;

/**
 * The exporting side of the buffer protocol: the bytes behind a {@link PyMemoryView}. CPython's
 * {@code bf_getbuffer} hands out a pointer; here a view reads and writes through this interface,
 * so writes into a bytearray's view land in the bytearray and a view always sees its current
 * contents.
 */
interface BufferSource {
    /** The object the buffer came from ({@code memoryview.obj}). */
    PyObject owner();

    /** Current length in bytes. */
    int length();

    /** The byte at {@code i} (0 <= i < length()). */
    int get(int i);

    /** The current contents; callers never modify the array returned. */
    byte[] contents();

    boolean readonly();

    /** Stores {@code data} at byte offset {@code at}; only for writable sources. */
    void write(int at, byte[] data);

    /** The element format and size the exporter declares ('B' and 1 for byte strings). */
    default String format() {
        return "B";
    }

    default int itemsize() {
        return 1;
    }

    /** A view has started ({@code +1}) or stopped ({@code -1}) using the source. */
    default void export(PyMemoryView view, boolean start) {
    }

    /** The buffer of {@code o}, or null when it exports none. */
    static BufferSource of(PyObject o) {
        if (o instanceof PyBytes b) {
            return new Fixed(b, b.value);
        }
        if (o instanceof PyByteArray ba) {
            return new ByteArraySource(ba);
        }
        if (o.type().heap && o.type().lookup("typecode") != null && o.type().lookup("tobytes") != null
                && o.type().lookup("frombytes") != null && o.type().name().equals("array")) {
            return new ArraySource(o);
        }
        return null;
    }

    /** Immutable bytes. */
    record Fixed(PyObject owner, byte[] value) implements BufferSource {
        @Override
        public int length() {
            return value.length;
        }

        @Override
        public int get(int i) {
            return value[i] & 0xff;
        }

        @Override
        public byte[] contents() {
            return value;
        }

        @Override
        public boolean readonly() {
            return true;
        }

        @Override
        public void write(int at, byte[] data) {
            throw new IllegalStateException("read-only buffer");
        }
    }

    /** A bytearray, read and written in place; views pin its size while they live. */
    record ByteArraySource(PyByteArray owner) implements BufferSource {
        @Override
        public int length() {
            return owner.size();
        }

        @Override
        public int get(int i) {
            return owner.get(i);
        }

        @Override
        public byte[] contents() {
            return owner.rawBuffer();
        }

        @Override
        public boolean readonly() {
            return false;
        }

        @Override
        public void write(int at, byte[] data) {
            System.arraycopy(data, 0, owner.rawBuffer(), at, data.length);
        }

        @Override
        public void export(PyMemoryView view, boolean start) {
            owner.exported(view, start);
        }
    }

    /**
     * An {@code array.array} (written in Python): its bytes come from {@code tobytes()} and a
     * write rebuilds its items from the patched image, so the array sees every store.
     */
    record ArraySource(PyObject owner) implements BufferSource {
        @Override
        public int length() {
            return contents().length;
        }

        @Override
        public int get(int i) {
            return contents()[i] & 0xff;
        }

        @Override
        public byte[] contents() {
            return ((PyBytes) Abstract.callMethod(owner, "tobytes")).value;
        }

        @Override
        public boolean readonly() {
            return false;
        }

        @Override
        public void write(int at, byte[] data) {
            byte[] image = contents().clone();
            System.arraycopy(data, 0, image, at, data.length);
            PyObject fresh = Abstract.call(owner.type(), Abstract.getAttr(owner, "typecode"));
            Abstract.callMethod(fresh, "frombytes", new PyBytes(image));
            Abstract.setItem(owner, new PySlice(PySingleton.NONE, PySingleton.NONE, PySingleton.NONE), fresh);
        }

        @Override
        public String format() {
            return ((PyStr) Abstract.getAttr(owner, "typecode")).value();
        }

        @Override
        public int itemsize() {
            return Abstract.index(Abstract.getAttr(owner, "itemsize")).intValue();
        }
    }
}
