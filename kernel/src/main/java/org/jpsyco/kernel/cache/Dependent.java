package org.jpsyco.kernel.cache;

/** Something that stops being valid when an assumption it depends on breaks: a compiled version. */
public interface Dependent {
    /** Marks this dependent invalid; called at most once per broken assumption, from any thread. */
    void invalidate(Invalidation why);
}
