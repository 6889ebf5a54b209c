package org.jpsyco.frontend.python.modules.re;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The engine against results CPython 3.11's sre gives for the same pattern and subject. */
class RegexMatcherTest {
    private static RegexMatcher search(String pattern, String subject) {
        RegexProgram p = RegexProgram.compile(pattern.codePoints().toArray(), true, 0);
        RegexMatcher m = new RegexMatcher(p, subject, null, null, subject.length());
        return m.search(0, false) ? m : null;
    }

    @Test
    void groupKeepsTheLastIterationOfARepeat() {
        // re.match(r'(a|b)*c', 'ababc').span(1) == (3, 4)
        RegexMatcher m = search("(a|b)*c", "ababc");
        assertEquals(3, m.regs[2]);
        assertEquals(4, m.regs[3]);
    }

    @Test
    void failedAlternativeLeavesItsGroupUnset() {
        // re.match(r'(?:(a)x|ay)', 'ay').group(1) is None
        RegexMatcher m = search("(?:(a)x|ay)", "ay");
        assertEquals(-1, m.regs[2]);
        assertEquals(-1, m.lastIndex());
    }

    @Test
    void lastIndexIsTheLastGroupClosed() {
        // re.match('((a)b)', 'ab').lastindex == 1
        assertEquals(1, search("((a)b)", "ab").lastIndex());
        assertEquals(2, search("(a)(b)", "ab").lastIndex());
    }

    @Test
    void emptyIterationStopsARepeat() {
        // re.match(r'(a*)+', 'b').span(1) == (0, 0)
        RegexMatcher m = search("(a*)+", "b");
        assertArrayEquals(new int[] {0, 0, 0, 0}, Arrays.copyOf(m.regs, 4));
    }

    @Test
    void longSubjectsDoNotUseTheJavaStack() {
        String s = "ab".repeat(200_000);
        RegexMatcher m = search("(?:a|b)*$", s);
        assertEquals(s.length(), m.matchEnd);
        assertEquals(s.length() + 1, search("(?:a|ab)*c", s + "c").matchEnd);
    }

    @Test
    void lookbehindAndConditional() {
        assertEquals(5, search("(?<=-)\\w+", "spam-egg").regs[0]);
        assertFalse(search("^(a)?(?(1)b|c)$", "ab") == null);
        assertTrue(search("^(a)?(?(1)b|c)$", "ac") == null);
    }

    @Test
    void possessiveAndAtomicDoNotGiveBack() {
        assertTrue(search("^a++a", "aaa") == null);
        assertTrue(search("^(?>a+)a", "aaa") == null);
        assertEquals(4, search("a++b", "aaab").matchEnd);
    }

    @Test
    void parserErrorsCarryCPythonsMessageAndPosition() {
        RegexError e = assertThrows(RegexError.class,
                () -> RegexProgram.compile("a**".codePoints().toArray(), true, 0));
        assertEquals("multiple repeat", e.getMessage());
        assertEquals(2, e.pos);
        e = assertThrows(RegexError.class, () -> RegexProgram.compile("(?<=a+)b".codePoints().toArray(), true, 0));
        assertEquals("look-behind requires fixed-width pattern", e.getMessage());
        assertEquals(-1, e.pos);
        e = assertThrows(RegexError.class, () -> RegexProgram.compile("(a".codePoints().toArray(), true, 0));
        assertEquals("missing ), unterminated subpattern", e.getMessage());
        assertEquals(0, e.pos);
    }
}
