package org.jpsyco.frontend.python.cli;

/** The Python language version jpsyco implements, and its own version. */
public final class Version {
    private Version() {
    }

    public static final int MAJOR = 3;
    public static final int MINOR = 11;
    public static final int MICRO = 7;
    public static final String JPSYCO = "0.1.0";
    /** What {@code --version} prints. */
    public static final String VERSION_LINE = "Python " + MAJOR + "." + MINOR + "." + MICRO + " (jpsyco " + JPSYCO + ")";
}
