package org.jpsyco.launcher;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** Felix's own messages, sent to stderr (never to the program's stdout) and only at the chosen level. */
final class FelixLogger extends Logger {
    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        doLog(null, null, level, msg, throwable);
    }

    @Override
    protected void doLog(Bundle bundle, @SuppressWarnings("rawtypes") ServiceReference sr, int level, String msg, Throwable throwable) {
        String prefix = switch (level) {
            case LOG_ERROR -> "ERROR";
            case LOG_WARNING -> "WARN";
            case LOG_INFO -> "INFO";
            default -> "DEBUG";
        };
        StringBuilder line = new StringBuilder("felix ").append(prefix).append(": ");
        if (bundle != null) {
            line.append('[').append(bundle.getSymbolicName()).append("] ");
        }
        line.append(msg);
        System.err.println(line);
        if (throwable != null) {
            throwable.printStackTrace(System.err);
        }
    }
}
