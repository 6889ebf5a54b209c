package org.jpsyco.kernel.value;

import java.util.Objects;

/**
 * A fact a strategy knows about a run-time value: its type, its range, its shape. The set of
 * kinds is open: each strategy declares its own {@link Key}s. A value has at most one fact per key.
 *
 * <p>Matching at merge points asks whether the fact a version was specialized for
 * ({@code this}, in the snapshot) is implied by the fact known now ({@code live}); the default
 * is equality, a strategy with ordered facts (a range, a non-negative flag) may accept stronger ones.
 */
public interface Kind {
    Key<?> key();

    /** Whether code specialized under this fact is correct for a value of which {@code live} is known. */
    default boolean admits(Kind live) {
        return equals(live);
    }

    /** The identity of one kind of fact; compared by identity, named for printing. */
    final class Key<K extends Kind> {
        private final String name;
        private final Class<K> type;

        public Key(String name, Class<K> type) {
            this.name = Objects.requireNonNull(name);
            this.type = Objects.requireNonNull(type);
        }

        public String name() {
            return name;
        }

        public K cast(Kind k) {
            return type.cast(k);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
