package org.jpsyco.frontend.python.jit.spi;

/**
 * The layout an attribute instruction's inline cache last met on instances of a class defined
 * in Python: the class (at a version), the instance map, and where the attribute sits in the
 * map's values. The objects are opaque to strategies: they hand them back to
 * {@link SpecializerTool#guardLayout} and to the slot accessors.
 *
 * @param type the class (identity)
 * @param version the class's version when the cache entry was made; the entry is only made
 *        when the class lets the instance's own attribute answer for the name
 * @param map the instance map; null for a {@code __slots__} member (then {@code index} is the
 *        member's index, and the class attribute its descriptor)
 * @param index the attribute's index in the map's values ({@code map}'s size for an added one;
 *        -1 for a load of a name instances with this map lack, which the class answers)
 * @param transition for a store that added the attribute: the map it leads to; else null
 * @param classAttribute what the class holds under the name (at {@code version}), or null
 */
public record InstanceLayout(Object type, long version, Object map, int index, Object transition,
        Object classAttribute) {
}
