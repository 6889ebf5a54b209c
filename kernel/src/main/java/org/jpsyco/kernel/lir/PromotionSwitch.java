package org.jpsyco.kernel.lir;

import java.util.List;

/**
 * A promotion site: the value being promoted is switched on; each case seen so far continues in a
 * block specialized to it; any other value leaves through the instruction's deopt descriptor to the
 * kernel, which specializes a continuation for it (or, past the site's bound, a generic one) and
 * relinks the site. {@code site} identifies the kernel's continuation (frozen state and cache).
 */
public record PromotionSwitch(int site, List<Case> cases) implements Payload {
    public PromotionSwitch {
        cases = List.copyOf(cases);
    }

    /** One value seen so far and where it continues. */
    public record Case(Constant value, Target target) {
    }
}
