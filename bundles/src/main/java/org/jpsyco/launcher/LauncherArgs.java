package org.jpsyco.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The launcher's own options, taken from the front of the command line: {@code --shell},
 * {@code --log=LEVEL}, {@code --log-file=FILE}. They are recognised only before the program
 * (a script, {@code -}, {@code -c}, {@code -m}), so a program's own arguments are never taken;
 * everything else is passed on, in order, to the Python command line.
 */
record LauncherArgs(boolean shell, String logLevel, String logFile, List<String> python) {

    static LauncherArgs parse(String[] args) {
        boolean shell = false;
        String logLevel = null;
        String logFile = null;
        List<String> python = new ArrayList<>();
        boolean programSeen = false;
        for (String a : args) {
            if (programSeen) {
                python.add(a);
            } else if (a.equals("--shell")) {
                shell = true;
            } else if (a.startsWith("--log=")) {
                logLevel = a.substring("--log=".length()).toUpperCase(Locale.ROOT);
            } else if (a.startsWith("--log-file=")) {
                logFile = a.substring("--log-file=".length());
            } else {
                python.add(a);
                programSeen = !a.startsWith("-") || a.equals("-") || a.startsWith("-c") || a.startsWith("-m");
            }
        }
        return new LauncherArgs(shell, logLevel, logFile, List.copyOf(python));
    }
}
