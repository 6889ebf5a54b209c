package org.jpsyco.backend.i386.encoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jpsyco.backend.i386.encoder.FormCases.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@link Form} over the representative operands of {@link FormCases}, checked byte for byte
 * against GNU {@code as}, twice:
 * <ul>
 * <li>against the committed golden file {@value #GOLDEN} (one line per case: form, Intel syntax,
 *     bytes {@code as} produced), always;
 * <li>against {@code as} itself, run on one {@code .intel_syntax} file holding every case, when
 *     {@code as}, {@code nm} and {@code objcopy} are installed.
 * </ul>
 * Regenerate the golden file from {@code as} with {@code -Djpsyco.golden.update=true} (or the
 * environment variable {@code JPSYCO_GOLDEN_UPDATE=1}) and review the diff.
 */
class FormEncodingTest {
    static final String GOLDEN = "forms.golden";
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @Test
    void everyFormHasCases() {
        Set<Form> covered = EnumSet.noneOf(Form.class);
        for (Case c : FormCases.all()) {
            if (!c.id().startsWith("NOPS")) {
                covered.add(Form.valueOf(c.id()));
            }
        }
        assertEquals(EnumSet.allOf(Form.class), covered);
    }

    @Test
    void everyFormEncodesAsTheCommittedGoldenBytes() throws IOException {
        List<Case> cases = FormCases.all();
        List<String> golden = readGolden();
        List<String> actual = cases.stream().map(FormEncodingTest::line).toList();
        assertSameLines(golden, actual, "golden " + GOLDEN + " vs encoder");
    }

    @Test
    void everyFormEncodesAsGnuAsDoes(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("as") && onPath("nm") && onPath("objcopy"), "GNU binutils not installed");
        List<Case> cases = FormCases.all();
        List<byte[]> assembled = assemble(dir, cases);
        List<String> fromAs = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            fromAs.add(line(new Case(c.id(), c.intel(), assembled.get(i))));
        }
        if (updateRequested()) {
            Path out = Path.of("src/test/resources/org/jpsyco/backend/i386/encoder", GOLDEN);
            assertTrue(Files.isDirectory(out.getParent()), "run from the backend-i386 module directory");
            Files.writeString(out, String.join("\n", fromAs) + "\n", StandardCharsets.UTF_8);
        }
        List<String> actual = cases.stream().map(FormEncodingTest::line).toList();
        assertSameLines(fromAs, actual, "GNU as vs encoder");
    }

    static String line(Case c) {
        return c.id() + "\t" + c.intel() + "\t" + HEX.formatHex(c.bytes());
    }

    private static List<String> readGolden() throws IOException {
        try (InputStream in = FormEncodingTest.class.getResourceAsStream(GOLDEN)) {
            assertNotNull(in, GOLDEN + " missing: generate it with -Djpsyco.golden.update=true (needs GNU as)");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isEmpty()).toList();
        }
    }

    private static void assertSameLines(List<String> expected, List<String> actual, String what) {
        List<String> diffs = new ArrayList<>();
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            String e = i < expected.size() ? expected.get(i) : "<none>";
            String a = i < actual.size() ? actual.get(i) : "<none>";
            if (!e.equals(a)) {
                diffs.add("expected " + e + "\n  actual " + a);
            }
        }
        if (!diffs.isEmpty()) {
            fail(what + ": " + diffs.size() + " of " + n + " cases differ; first ones:\n"
                    + String.join("\n", diffs.subList(0, Math.min(20, diffs.size()))));
        }
    }

    private static boolean updateRequested() {
        return Boolean.getBoolean("jpsyco.golden.update") || "1".equals(System.getenv("JPSYCO_GOLDEN_UPDATE"));
    }

    /** Assembles every case after a label {@code cN}; returns the bytes between consecutive labels. */
    private static List<byte[]> assemble(Path dir, List<Case> cases) throws Exception {
        StringBuilder s = new StringBuilder(".intel_syntax noprefix\n.text\n");
        for (int i = 0; i < cases.size(); i++) {
            s.append('c').append(i).append(": ").append(cases.get(i).intel()).append('\n');
        }
        s.append("cend:\n");
        Path src = dir.resolve("forms.s");
        Files.writeString(src, s);
        run(dir, "as", "--64", "-o", "forms.o", "forms.s");
        run(dir, "objcopy", "-O", "binary", "-j", ".text", "forms.o", "forms.bin");
        String symbols = run(dir, "nm", "forms.o");
        byte[] text = Files.readAllBytes(dir.resolve("forms.bin"));
        Map<String, Integer> at = new HashMap<>();
        for (String l : symbols.lines().toList()) {
            String[] p = l.trim().split("\\s+");
            if (p.length == 3) {
                at.put(p[2], Integer.parseInt(p[0], 16));
            }
        }
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            int from = at.get("c" + i);
            int to = at.get(i + 1 < cases.size() ? "c" + (i + 1) : "cend");
            out.add(Arrays.copyOfRange(text, from, to));
        }
        return out;
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), command[0] + " timed out");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), command[0] + " failed:\n" + text.lines().limit(30).reduce("", (a, b) -> a + b + "\n"));
        return text;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
