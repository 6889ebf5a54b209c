package org.jpsyco.kernel.value;

/**
 * The kernel's own kind: this run-time value reached a promotion site past its bound of cases, so
 * it stays run-time there. Strategies seeing it decline to promote the value again and take the
 * generic path.
 */
public record Megamorphic(int site) implements Kind {
    public static final Key<Megamorphic> KEY = new Key<>("megamorphic", Megamorphic.class);

    @Override
    public Key<?> key() {
        return KEY;
    }
}
