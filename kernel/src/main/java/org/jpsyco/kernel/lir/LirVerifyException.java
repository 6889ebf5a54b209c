package org.jpsyco.kernel.lir;

import java.util.List;

/** A LIR function broke the rules {@link LirVerifier} checks; {@link #problems()} lists each, located. */
public final class LirVerifyException extends RuntimeException {
    private final List<String> problems;

    public LirVerifyException(String function, List<String> problems) {
        super("LIR of " + function + " is malformed:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
