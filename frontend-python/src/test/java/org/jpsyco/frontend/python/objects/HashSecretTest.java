package org.jpsyco.frontend.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** str and bytes hashes against values CPython 3.11 printed for the same PYTHONHASHSEED. */
class HashSecretTest {
    private static long[] hashes(String seed) {
        HashSecret s = HashSecret.fromEnvironment(Map.of("PYTHONHASHSEED", seed));
        String[] strs = {"", "a", "abc", "hello world!", "é", "€uro", "😀x", "\ud800"};
        long[] r = new long[strs.length + 1];
        for (int i = 0; i < strs.length; i++) {
            r[i] = s.hashStr(new PyStr(strs[i]));
        }
        byte[] abc = {'a', 'b', 'c'};
        r[strs.length] = s.hashBytes(abc, 3);
        return r;
    }

    @Test
    void seedZeroMeansNoRandomization() {
        assertEquals(java.util.Arrays.toString(new long[] {0, 4644417185603328019L, -4594863902769663758L,
            839851713330019024L, 6047309291227476195L, 7542247858446192590L, -8926728262118538918L,
            5926611903945376553L, -4594863902769663758L}), java.util.Arrays.toString(hashes("0")));
    }

    @Test
    void numericSeedsFillTheSecretWithCPythonsGenerator() {
        assertEquals(java.util.Arrays.toString(new long[] {0, -3012895188637184397L, -4667308735975688587L,
            -6843234206117886366L, 8133168473585362875L, -8458760685275807288L, 8904275969526274476L,
            3047174455005046515L, -4667308735975688587L}), java.util.Arrays.toString(hashes("1")));
        assertEquals(java.util.Arrays.toString(new long[] {0, -5989683813037840249L, -6122489556238538401L,
            3716697847625381019L, -5741392403324874290L, 3860009611542885751L, 461681878319395138L,
            -7343857683946629238L, -6122489556238538401L}), java.util.Arrays.toString(hashes("4294967295")));
    }

    @Test
    void floatHashesMatchIntHashesForIntegralValues() {
        assertEquals(PyInt.of(1L << 60).hash(), PyFloat.hash(Math.pow(2, 60)));
        assertEquals(-2, PyFloat.hash(-1.0));
        assertEquals(1152921504606846976L, PyFloat.hash(0.5));
        assertEquals(16777216L, PyFloat.hash(5e-324));
    }
}
