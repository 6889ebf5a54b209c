package org.jpsyco.backend.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jpsyco.backend.jvm.codegen.Types;
import org.jpsyco.kernel.lir.LirFunction;
import org.jpsyco.kernel.lir.LirParser;
import org.jpsyco.kernel.lir.LirVerifier;
import org.junit.jupiter.api.Test;

/**
 * The bytecode listings of the kernel's verified LIR examples, as golden files under
 * {@code src/test/resources/listings}: a change to code generation shows up as a reviewable diff.
 * Regenerate with {@code -Djvmback.golden.update=true}.
 */
class ListingGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/listings");

    @Test
    void listingsMatchTheirGoldenFiles() throws IOException {
        boolean update = Boolean.getBoolean("jvmback.golden.update");
        for (Path p : KernelLirFilesTest.files()) {
            LirFunction f = LirParser.parse(Files.readString(p));
            if (!LirVerifier.check(f).isEmpty()) {
                continue;
            }
            String listing = Harness.compile(f, new TestLinkage(Types.resultType(f))).listing();
            Path golden = GOLDEN.resolve(p.getFileName().toString().replace(".lir", ".listing"));
            if (update || !Files.exists(golden)) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, listing);
            }
            assertEquals(Files.readString(golden), listing, "listing of " + p.getFileName() + " (regenerate with -Djvmback.golden.update=true)");
        }
    }
}
