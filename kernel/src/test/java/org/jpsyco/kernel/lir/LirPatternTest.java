package org.jpsyco.kernel.lir;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class LirPatternTest {
    private final LirFunction sum = LirParser.parse(LirTextTest.SUM);

    @Test
    void wildcardsMatchWhatWasSpecialized() {
        assertTrue(LirPattern.compile("""
                ...
                b1(%i:i64, %total:i64):
                  %c:i1 = lt_i64 %i, %n
                  branch %c -> b2(), b3()
                ...
                  %t2:i64 = add_i64_ovf %total, %i deopt(*)
                ...
                  jump -> b1(%i2, %t2)
                b3():
                  return %total
                """).matches(sum));
    }

    @Test
    void namesBindConsistently() {
        assertFalse(LirPattern.compile("""
                ...
                  %c:i1 = lt_i64 %i, %i
                ...
                """).matches(sum), "one name cannot stand for %1 and %0");
        assertFalse(LirPattern.compile("""
                ...
                b1(%a:i64, %b:i64):
                ...
                  return %a
                """).matches(sum), "the returned value is the second parameter");
    }

    @Test
    void withoutEllipsisLinesAreConsecutiveAndTheWholeTextMustMatch() {
        assertFalse(LirPattern.compile("""
                func sum
                b1(*):
                ...
                """).matches(sum));
        assertFalse(LirPattern.compile("""
                ...
                  %x:i64 = const_i64 1
                """).matches(sum));
        AssertionError e = assertThrows(AssertionError.class, () -> LirPattern.compile("...\n  guard_false *\n...").check(sum));
        assertTrue(e.getMessage().contains("--- LIR\nfunc sum"), e.getMessage());
    }
}
