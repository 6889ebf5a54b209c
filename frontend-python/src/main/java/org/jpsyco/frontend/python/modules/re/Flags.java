package org.jpsyco.frontend.python.modules.re;

/** The flag bits of {@code re}, with CPython's values. */
final class Flags {
    private Flags() {
    }

    static final int TEMPLATE = 1;
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int DEBUG = 128;
    static final int ASCII = 256;
    static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
    static final int GLOBAL_FLAGS = DEBUG | TEMPLATE;

    /** The flag for an inline letter, or 0. */
    static int ofLetter(int c) {
        return switch (c) {
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'x' -> VERBOSE;
            case 'a' -> ASCII;
            case 't' -> TEMPLATE;
            case 'u' -> UNICODE;
            default -> 0;
        };
    }
}
