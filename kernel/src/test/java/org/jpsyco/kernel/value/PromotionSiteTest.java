package org.jpsyco.kernel.value;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.DeoptDescriptor;
import org.jpsyco.kernel.lir.LirBuilder;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirParser;
import org.jpsyco.kernel.lir.LirPrinter;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.Target;
import org.junit.jupiter.api.Test;

class PromotionSiteTest {
    private final LirValue x = new LirValue(0, LirType.I64);
    private final RunTime promoted = new RunTime(x);
    private final AbstractFrame frame = AbstractFrame.of(promoted, promoted, CompileTime.of(Constant.of(9L)));

    @Test
    void eachNewValueGetsAContinuationWhereItIsAFixedConstant() {
        PromotionSite<String> site = new PromotionSite<>(3, frame, promoted, 12, 2);
        PromotionSite.Miss<String> miss = site.miss(Constant.of(5L));
        PromotionSite.Specialize<String> s = miss instanceof PromotionSite.Specialize<String> sp ? sp : fail("got " + miss);
        assertEquals("[i64:5!, i64:5!, i64:9]", s.frame().toString(), "every alias of the promoted value is now the constant");
        assertEquals(Stage.FIXED, s.value().stage());
        site.addCase(Constant.of(5L), "k5");
        assertEquals(new PromotionSite.Known<>("k5"), site.miss(Constant.of(5L)), "a racing miss finds the case");
    }

    @Test
    void pastTheBoundTheSiteGoesMegamorphicOnce() {
        PromotionSite<String> site = new PromotionSite<>(3, frame, promoted, 12, 2);
        site.addCase(Constant.of(1L), "k1");
        site.addCase(Constant.of(2L), "k2");
        PromotionSite.Miss<String> miss = site.miss(Constant.of(3L));
        PromotionSite.Generic<String> g = miss instanceof PromotionSite.Generic<String> ge ? ge : fail("got " + miss);
        RunTime generic = (RunTime) g.frame().slot(0);
        assertEquals(new Megamorphic(3), generic.kinds().get(Megamorphic.KEY));
        assertSame(g.frame().slot(0), g.frame().slot(1));
        assertTrue(site.megamorphic());
        site.setGeneric("generic");
        assertEquals(new PromotionSite.Known<>("generic"), site.miss(Constant.of(4L)));
        assertThrows(IllegalStateException.class, () -> site.addCase(Constant.of(4L), "k4"));
    }

    @Test
    void theSwitchListsTheCasesSeenSoFar() {
        PromotionSite<Integer> site = new PromotionSite<>(7, frame, promoted, 12, 5);
        site.addCase(Constant.of(5L), 1);
        site.addCase(Constant.of(-2L), 2);
        LirBuilder b = new LirBuilder("f");
        LirValue v = b.param(0, LirType.I64);
        int k1 = b.newBlock();
        int k2 = b.newBlock();
        b.promote(v, site.id(), site.switchOn(block -> Target.to(block == 1 ? k1 : k2)).cases(),
                DeoptDescriptor.of(site.resumePoint(), new DeoptDescriptor.Live(v)));
        b.switchTo(k1).retVoid();
        b.switchTo(k2).retVoid();
        LirFunction f = b.build();
        String text = """
                func f
                b0(%0:i64):
                  promote %0 site 7 [i64:5 -> b1(), i64:-2 -> b2()] deopt(@12 [%0])
                b1():
                  return_void
                b2():
                  return_void
                """;
        assertEquals(text, LirPrinter.print(f));
        assertEquals(f, LirParser.parse(text));
        assertEquals(List.of(Constant.of(5L), Constant.of(-2L)), site.cases().stream().map(e -> e.getKey()).toList());
    }
}
