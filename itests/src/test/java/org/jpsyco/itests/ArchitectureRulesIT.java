package org.jpsyco.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of DESIGN.md section 2, checked on the bundle manifests bnd wrote:
 * the kernel knows nothing of Python or of any backend; backends use only the kernel;
 * strategies use only the kernel and the front end's exported API; every exported package
 * carries a version.
 */
class ArchitectureRulesIT {
    private static final Map<String, Manifest> MANIFESTS = new LinkedHashMap<>();

    @BeforeAll
    static void readManifests() throws IOException {
        for (Distribution.BundleJar jar : Distribution.bundleJars()) {
            try (JarFile file = new JarFile(jar.jar().toFile())) {
                String bsn = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                if (bsn != null && bsn.startsWith("org.jpsyco.")) {
                    MANIFESTS.put(bsn.split(";")[0], file.getManifest());
                }
            }
        }
        assertEquals(7, MANIFESTS.size(), "jpsyco bundles in the distribution: " + MANIFESTS.keySet());
    }

    /** Package names of a manifest header (Import-Package, Export-Package), attributes dropped. */
    private static List<String> packages(String bundle, String header) {
        String value = MANIFESTS.get(bundle).getMainAttributes().getValue(header);
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        // split on commas outside quotes
        Matcher m = Pattern.compile("([^,\"]|\"[^\"]*\")+").matcher(value);
        while (m.find()) {
            names.add(m.group().split(";")[0].strip());
        }
        return names;
    }

    private static List<String> jpsycoImports(String bundle) {
        return packages(bundle, "Import-Package").stream().filter(p -> p.startsWith("org.jpsyco.")).toList();
    }

    @Test
    void kernelImportsNoOtherJpsycoBundle() {
        for (String p : jpsycoImports("org.jpsyco.kernel")) {
            assertTrue(p.startsWith("org.jpsyco.kernel."), "kernel imports " + p);
        }
    }

    @Test
    void backendsUseOnlyTheKernel() {
        for (String backend : List.of("org.jpsyco.backend.jvm", "org.jpsyco.backend.i386")) {
            for (String p : jpsycoImports(backend)) {
                assertTrue(p.startsWith("org.jpsyco.kernel.") || p.startsWith(backend + "."), backend + " imports " + p);
            }
        }
    }

    @Test
    void strategiesUseOnlyExportedPackagesOfKernelAndFrontEnd() {
        List<String> allowed = new ArrayList<>(packages("org.jpsyco.kernel", "Export-Package"));
        allowed.addAll(packages("org.jpsyco.frontend.python", "Export-Package"));
        for (String strategy : List.of("org.jpsyco.strategy.types", "org.jpsyco.strategy.constants",
                "org.jpsyco.strategy.shapes")) {
            for (String p : jpsycoImports(strategy)) {
                assertTrue(allowed.contains(p), strategy + " imports " + p + ", which is not an exported API");
            }
        }
    }

    @Test
    void everyExportedPackageIsVersionedAndNamedAfterItsBundle() {
        for (Map.Entry<String, Manifest> e : MANIFESTS.entrySet()) {
            String value = e.getValue().getMainAttributes().getValue("Export-Package");
            if (value == null) {
                continue;
            }
            Matcher m = Pattern.compile("([^,\"]|\"[^\"]*\")+").matcher(value);
            while (m.find()) {
                String clause = m.group();
                String name = clause.split(";")[0].strip();
                assertTrue(name.startsWith(e.getKey() + "."), e.getKey() + " exports " + name);
                assertTrue(clause.contains("version="), e.getKey() + " exports " + name + " without a version");
                assertFalse(clause.contains("version=\"0.0.0\""), e.getKey() + " exports " + name + " at 0.0.0");
            }
        }
    }
}
