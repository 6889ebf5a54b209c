package org.jpsyco.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LauncherArgsTest {
    @Test
    void launcherOptionsBeforeTheProgramAreTaken() {
        LauncherArgs a = LauncherArgs.parse(new String[] {"--log=debug", "--jit=full", "prog.py", "x"});
        assertEquals("DEBUG", a.logLevel());
        assertFalse(a.shell());
        assertEquals(List.of("--jit=full", "prog.py", "x"), a.python());
    }

    @Test
    void theProgramsOwnArgumentsAreNeverTaken() {
        LauncherArgs a = LauncherArgs.parse(new String[] {"prog.py", "--shell", "--log=info"});
        assertFalse(a.shell());
        assertNull(a.logLevel());
        assertEquals(List.of("prog.py", "--shell", "--log=info"), a.python());
    }

    @Test
    void codeAndModuleEndTheLauncherOptions() {
        assertEquals(List.of("-c", "--shell"), LauncherArgs.parse(new String[] {"-c", "--shell"}).python());
        assertEquals(List.of("-mfoo", "--log=x"), LauncherArgs.parse(new String[] {"-mfoo", "--log=x"}).python());
        assertEquals(List.of("-", "--shell"), LauncherArgs.parse(new String[] {"-", "--shell"}).python());
    }

    @Test
    void shellAndLogFile() {
        LauncherArgs a = LauncherArgs.parse(new String[] {"--shell", "--log-file=/tmp/j.log"});
        assertTrue(a.shell());
        assertEquals("/tmp/j.log", a.logFile());
        assertEquals(List.of(), a.python());
    }
}
