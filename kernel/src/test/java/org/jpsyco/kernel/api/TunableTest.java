package org.jpsyco.kernel.api;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TunableTest {
    @Test
    void keysAreCamelCaseAndValuesComeFromConfigurationOrDefaults() {
        assertEquals("maxVersionsPerMergePoint", Tunable.MAX_VERSIONS_PER_MERGE_POINT.key());
        assertEquals(5, Tunable.MAX_PROMOTION_CASES.from(Map.of()));
        assertEquals(3, Tunable.MAX_PROMOTION_CASES.from(Map.of("maxPromotionCases", "3")));
        assertEquals(1024, Tunable.CODE_CACHE_BYTES.from(Map.of("codeCacheBytes", 1024)));
        assertThrows(IllegalArgumentException.class, () -> Tunable.MAX_NESTED_WEIGHT.from(Map.of("maxNestedWeight", 0)));
        for (Tunable t : Tunable.values()) {
            assertFalse(t.help().isBlank(), t.key());
            assertTrue(t.defaultValue() > 0, t.key());
        }
    }
}
