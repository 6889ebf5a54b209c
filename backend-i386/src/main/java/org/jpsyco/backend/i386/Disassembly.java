package org.jpsyco.backend.i386;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Machine code as text for the jit log: GNU {@code objdump} when it is installed (an independent
 * reading of the bytes), otherwise the assembler's own listing, which shows the bytes too.
 */
final class Disassembly {
    private static volatile Boolean objdump;

    private Disassembly() {
    }

    static String of(byte[] code, String assemblerListing) {
        String text = objdump(code);
        return text != null ? text : assemblerListing;
    }

    private static String objdump(byte[] code) {
        if (Boolean.FALSE.equals(objdump)) {
            return null;
        }
        Path file = null;
        try {
            file = Files.createTempFile("jpsyco-i386-", ".bin");
            Files.write(file, code);
            Process p = new ProcessBuilder("objdump", "-D", "-b", "binary", "-mi386:x86-64", "-M", "intel", file.toString())
                    .redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                objdump = false;
                return null;
            }
            objdump = true;
            String text = new String(out, StandardCharsets.UTF_8);
            int body = text.indexOf("<.data>:");
            return body >= 0 ? text.substring(text.indexOf('\n', body) + 1) : text;
        } catch (IOException e) {
            objdump = false;
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
