package org.jpsyco.backend.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jpsyco.kernel.lir.Constant;
import org.jpsyco.kernel.lir.Instruction;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirOp;
import org.jpsyco.kernel.lir.LirParser;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.lir.LirVerifier;
import org.jpsyco.kernel.lir.PromotionSwitch;
import org.junit.jupiter.api.Test;

/** Every LIR example of the kernel's tests that verifies compiles, and runs like the evaluator. */
class KernelLirFilesTest {
    private static final Path DIR = Path.of("../kernel/src/test/resources/lir");

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".lir")).sorted().toList();
        }
    }

    @Test
    void everyVerifiedExampleCompilesAndRuns() throws IOException {
        int compiled = 0;
        for (Path p : files()) {
            LirFunction f = LirParser.parse(Files.readString(p));
            if (!LirVerifier.check(f).isEmpty()) {
                continue;
            }
            compiled++;
            for (Object[] args : argumentSets(f)) {
                Harness.agree(f, args);
            }
        }
        assertTrue(compiled >= 2, "verified examples: " + compiled);
    }

    @Test
    void promotionExampleTakesEachCaseAndMisses() throws IOException {
        LirFunction f = LirParser.parse(Files.readString(DIR.resolve("promotion-and-virtuals.lir")));
        List<Object> cases = promotedRefs(f);
        assertEquals(2, cases.size());
        Harness.Outcome asInt = Harness.agree(f, new TestLinkage.Obj(cases.get(0), 12, 0.5), "second");
        assertEquals("String:int:144", asInt.result());
        Harness.Outcome asFloat = Harness.agree(f, new TestLinkage.Obj(cases.get(1), 12, 0.5), "second");
        assertEquals("String:pair(0.25, second)", asFloat.result());
        Harness.Outcome miss = Harness.agree(f, new TestLinkage.Obj("int", 12, 0.5), "second");
        assertEquals("String:exit@2", miss.result());
        // an equal string that is not the case's object misses: promotion is by identity
        assertFalse(miss.events().isEmpty());
        Harness.Outcome ovf = Harness.agree(f, new TestLinkage.Obj(cases.get(0), 1L << 40, 0.5), "second");
        assertEquals("String:exit@2", ovf.result());
    }

    private static List<Object> promotedRefs(LirFunction f) {
        List<Object> out = new ArrayList<>();
        for (var b : f.blocks()) {
            for (Instruction ins : b.instructions()) {
                if (ins.op() == LirOp.PROMOTE) {
                    for (PromotionSwitch.Case c : ((PromotionSwitch) ins.payload()).cases()) {
                        if (c.value() instanceof Constant.Ref r) {
                            out.add(r.value());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A few argument lists of the entry's types; promoted reference cases are offered as field values. */
    private static List<Object[]> argumentSets(LirFunction f) {
        List<Object> refs = promotedRefs(f);
        List<Object[]> sets = new ArrayList<>();
        long[] longs = {0, 1, 7, -3, 100, Long.MIN_VALUE};
        for (int k = 0; k < longs.length; k++) {
            List<Object> args = new ArrayList<>();
            for (LirValue p : f.entry().params()) {
                args.add(switch (p.type()) {
                    case I64 -> longs[k];
                    case F64 -> (double) longs[k] / 3;
                    case I1 -> k % 2 == 0;
                    case REF -> new TestLinkage.Obj(refs.isEmpty() ? "t" : refs.get(k % refs.size()), longs[k], k * 0.25);
                });
            }
            sets.add(args.toArray());
        }
        return sets;
    }
}
