package org.jpsyco.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VersionLineTest {
    @Test
    void launcherAnswersVersionWithTheFrontEndsLine() {
        assertEquals(org.jpsyco.frontend.python.cli.Version.VERSION_LINE, Main.VERSION_LINE);
    }
}
