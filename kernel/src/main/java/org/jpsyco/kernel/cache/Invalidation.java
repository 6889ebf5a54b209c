package org.jpsyco.kernel.cache;

/** Why a version stopped being usable, for the JIT log and statistics. */
public record Invalidation(Reason reason, String detail) {
    /** The reasons, each with the message the log prints. */
    public enum Reason {
        ASSUMPTION_BROKEN("a fact it was compiled under changed"),
        STRATEGY_UNBOUND("a strategy it used was stopped or replaced"),
        BACKEND_UNBOUND("the backend holding its code was stopped or replaced"),
        EVICTED("the code cache was over its bound and it was the least recently entered"),
        DISCARDED("the runtime discarded it");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    @Override
    public String toString() {
        return reason.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason.message() + (detail == null ? "" : " (" + detail + ")");
    }
}
