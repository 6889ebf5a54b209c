/**
 * The regular expression engine under {@code re}: an engine of our own rather than a
 * translation to {@code java.util.regex}.
 *
 * <p>Why: CPython's observable results depend on sre's exact backtracking order and bookkeeping,
 * which java.util.regex does not share: the value a group keeps after a repeat or a failed
 * alternative, {@code lastindex}, empty iterations of a repeat ({@code (a|)*}), the 3.7 rules
 * for empty matches next to previous ones, {@code \w}/{@code \d}/{@code \s} as Python's
 * {@code str} predicates, {@code $} before a final newline, conditionals {@code (?(1)a|b)},
 * and the parser's error messages and positions. java.util.regex also recurses on the Java stack
 * for many constructs and overflows on long subjects. So {@link
 * org.jpsyco.frontend.python.modules.re.RegexParser} reads sre's syntax (CPython's messages and
 * positions), {@link org.jpsyco.frontend.python.modules.re.RegexProgram} compiles to a flat
 * instruction array, and {@link org.jpsyco.frontend.python.modules.re.RegexMatcher} runs it with
 * an explicit backtrack stack and a trail that restores group marks, as sre does. The Python
 * front ({@code lib/re.py}) provides Pattern, Match, templates and the module functions.
 */
package org.jpsyco.frontend.python.modules.re;
