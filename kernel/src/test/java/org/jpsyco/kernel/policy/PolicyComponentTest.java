package org.jpsyco.kernel.policy;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Proxy;
import java.util.List;

import org.jpsyco.kernel.cache.Assumption;
import org.jpsyco.kernel.cache.CodeCache;
import org.jpsyco.kernel.cache.CompiledVersion;
import org.jpsyco.kernel.cache.Invalidation;
import org.jpsyco.kernel.lir.LirType;
import org.jpsyco.kernel.lir.LirValue;
import org.jpsyco.kernel.spi.Backend;
import org.jpsyco.kernel.spi.Strategy;
import org.jpsyco.kernel.value.AbstractFrame;
import org.jpsyco.kernel.value.RunTime;
import org.jpsyco.kernel.value.Snapshot;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;

class PolicyComponentTest {
    /** A service reference ordered by ranking, as the framework's are. */
    @SuppressWarnings("unchecked")
    private static <S> ServiceReference<S> ref(int ranking) {
        return (ServiceReference<S>) Proxy.newProxyInstance(PolicyComponentTest.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (self, method, args) -> switch (method.getName()) {
                    case "compareTo" -> Integer.compare(ranking, (Integer) ((ServiceReference<?>) args[0]).getProperty("service.ranking"));
                    case "getProperty" -> "service.ranking".equals(args[0]) ? ranking : null;
                    case "hashCode" -> ranking;
                    case "equals" -> self == args[0];
                    case "toString" -> "ref" + ranking;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Strategy strategy(String name) {
        return () -> name;
    }

    @Test
    void strategiesAndBackendsFollowServiceRanking() {
        PolicyComponent policy = new PolicyComponent();
        policy.bindStrategy(ref(1), strategy("types"));
        policy.bindStrategy(ref(5), strategy("constants"));
        Backend jvm = new Backend() {
            @Override
            public String name() {
                return "jvm";
            }

            @Override
            public String declines(org.jpsyco.kernel.lir.LirFunction function) {
                return "test backend";
            }

            @Override
            public org.jpsyco.kernel.spi.CompiledUnit compile(org.jpsyco.kernel.lir.LirFunction function,
                    org.jpsyco.kernel.spi.Linkage linkage) {
                throw new org.jpsyco.kernel.spi.BackendException("test backend");
            }
        };
        policy.bindBackend(ref(0), jvm);
        assertEquals(List.of("constants", "types"), policy.strategies());
        assertEquals(List.of("jvm"), policy.backends());
    }

    @Test
    void unbindingAStrategyInvalidatesTheVersionsThatUsedIt() {
        PolicyComponent policy = new PolicyComponent();
        Strategy types = strategy("types");
        Strategy replacement = strategy("types");
        ServiceReference<Strategy> oldRef = ref(1);
        policy.bindStrategy(oldRef, types);
        policy.bindStrategy(ref(2), replacement);
        CodeCache cache = new CodeCache(1 << 20, 4, 15);
        Snapshot entry = Snapshot.of(AbstractFrame.of(new RunTime(new LirValue(0, LirType.I64))));
        CompiledVersion old = cache.install("f", entry, "old", 10, List.of(policy.strategyActive(types)));
        CompiledVersion fresh = cache.install("g", entry, "new", 10, List.of(policy.strategyActive(replacement)));
        policy.unbindStrategy(oldRef);
        assertFalse(old.valid());
        assertEquals(Invalidation.Reason.ASSUMPTION_BROKEN, old.invalidation().reason());
        assertEquals("strategy types is active", old.invalidation().detail());
        assertTrue(fresh.valid(), "the replacement's versions survive the old instance's departure");
        assertEquals(List.of("types"), policy.strategies());
        assertFalse(policy.strategyActive(types).valid(),
                "asked after its departure (a compile that listed it just before): already broken");
        CompiledVersion late = cache.install("h", entry, "late", 10, List.of(policy.strategyActive(types)));
        assertEquals(null, late, "a version compiled with a departed strategy is refused");
        policy.bindStrategy(ref(3), types);
        Assumption again = policy.strategyActive(types);
        assertTrue(again.valid(), "a fresh assumption if the instance is bound again");
    }
}
