package org.jpsyco.launcher;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code jpsyco} command: boots the container, runs one Python program through the
 * {@code PythonRuntime} service and exits with the program's status.
 *
 * <p>Options read here, before the Python command line: {@code --shell} (the Gogo shell of
 * the running container instead of a program), {@code --log=LEVEL} (jpsyco's own logs on
 * stderr: error, warn, info, debug, trace) and {@code --log-file=FILE} (the logs in a file
 * instead). Everything else goes to the runtime, which parses it like {@code python3}.
 * Only options before the program (script, {@code -c}, {@code -m}, {@code -}) are read, so
 * the program's own arguments are never taken.
 */
public final class Main {
    /**
     * What {@code --version} prints: the front end's {@code Version.VERSION_LINE}, repeated here
     * because the launcher does not link to the bundles (a test keeps the two the same).
     */
    static final String VERSION_LINE = "Python 3.11.7 (jpsyco 0.1.0)";

    /** Status when the container itself cannot start (BSD's EX_SOFTWARE). */
    static final int EXIT_INTERNAL = 70;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        StartupTrace.mark("main");
        LauncherArgs parsed = LauncherArgs.parse(args);
        boolean shell = parsed.shell();
        String logLevel = parsed.logLevel();
        String logFile = parsed.logFile();
        List<String> python = parsed.python();
        if (!shell && (python.equals(List.of("--version")) || python.equals(List.of("-V")))) {
            // answered without the container, as python3 answers it without an interpreter
            System.out.println(VERSION_LINE);
            return 0;
        }
        configureLogging(logLevel, logFile);

        Path dist;
        try {
            dist = distributionDir();
        } catch (URISyntaxException e) {
            System.err.println("jpsyco: cannot locate the distribution: " + e.getMessage());
            return EXIT_INTERNAL;
        }

        // The program's stdout is the process's stdout, and nothing else writes there:
        // anything the JVM or a library prints to System.out goes to stderr instead.
        PrintStream programOut = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream programErr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (!shell) {
            System.setOut(System.err);
        }

        int felixLogLevel = logLevel == null ? 0 : switch (logLevel) {
            case "ERROR" -> 1;
            case "WARN" -> 2;
            case "INFO" -> 3;
            case "OFF" -> 0;
            default -> 4;
        };
        // without logs (the default) slf4j-api has its no-op provider and Logback is not installed
        boolean logging = !Main.NOP_SLF4J_PROVIDER.equals(System.getProperty("slf4j.provider"));
        Container.Options options = Container.Options.of(dist).withShell(shell).withFelixLogLevel(felixLogLevel)
                .withLogging(logging);
        Container container;
        try {
            container = Container.boot(options);
            StartupTrace.mark("container booted");
        } catch (Exception e) {
            System.err.println("jpsyco: the container failed to start: " + e);
            if (logLevel != null) {
                e.printStackTrace();
            }
            return EXIT_INTERNAL;
        }
        int status;
        try {
            if (shell) {
                container.awaitStop();
                return 0;
            }
            boolean tty = System.console() != null && System.console().isTerminal();
            status = container.runPython(python.toArray(String[]::new), System.getenv(),
                    new FileInputStream(FileDescriptor.in), programOut, programErr, tty, 60_000);
        } catch (Container.ServiceUnavailableException e) {
            System.err.println("jpsyco: " + e.getMessage());
            status = EXIT_INTERNAL;
        } catch (InterruptedException e) {
            status = 130;
        } catch (RuntimeException | Error e) {
            programOut.flush();
            System.err.println("jpsyco: internal error (this is a bug in jpsyco, not in your program):");
            e.printStackTrace();
            status = EXIT_INTERNAL;
        } finally {
            programOut.flush();
            StartupTrace.mark("program finished");
            try {
                // the process exits next: the bundles need not be stopped one by one
                container.abandon();
            } catch (Exception e) {
                System.err.println("jpsyco: " + e.getMessage());
            }
            StartupTrace.threadCpu();
        }
        return status;
    }

    /** slf4j-api's own provider that drops everything (public, with a public constructor). */
    static final String NOP_SLF4J_PROVIDER = "org.slf4j.helpers.NOP_FallbackServiceProvider";

    private static void configureLogging(String level, String file) {
        // Bundles that log through java.util.logging (SPI Fly) follow the same level.
        java.util.logging.Logger.getLogger("").setLevel(level == null ? java.util.logging.Level.OFF : switch (level) {
            case "ERROR" -> java.util.logging.Level.SEVERE;
            case "WARN" -> java.util.logging.Level.WARNING;
            case "INFO" -> java.util.logging.Level.INFO;
            case "OFF" -> java.util.logging.Level.OFF;
            default -> java.util.logging.Level.FINE;
        });
        if (file == null && (level == null || level.equals("OFF")) && System.getProperty("slf4j.provider") == null) {
            // Logs off (the default): slf4j-api's no-op provider instead of Logback, whose XML
            // configuration (about 250 classes loaded and linked on every start) would only
            // conclude that nothing is to be logged.
            System.setProperty("slf4j.provider", NOP_SLF4J_PROVIDER);
            return;
        }
        Path conf;
        try {
            conf = distributionDir().resolve("conf");
        } catch (URISyntaxException e) {
            return;
        }
        if (file != null) {
            System.setProperty("jpsyco.log.file", Path.of(file).toAbsolutePath().toString());
            System.setProperty("logback.configurationFile", conf.resolve("logback-file.xml").toString());
        } else {
            System.setProperty("logback.configurationFile", conf.resolve("logback.xml").toString());
        }
        if (level != null) {
            System.setProperty("jpsyco.log.level", level);
        }
    }

    /** The distribution folder: the parent of the {@code lib} folder holding this launcher's jar. */
    static Path distributionDir() throws URISyntaxException {
        String explicit = System.getProperty("jpsyco.home");
        if (explicit != null) {
            return Path.of(explicit);
        }
        Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dist = jar.getParent().getParent();
        if (!Files.isDirectory(dist.resolve("bundle"))) {
            throw new URISyntaxException(dist.toString(), "no bundle folder beside the launcher");
        }
        return dist;
    }
}
