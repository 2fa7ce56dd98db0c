package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code copydesk.jar} as a process, as a user or a CI script would. */
final class Copydesk {
    private static final long TIMEOUT_SECONDS = 30;

    /** What one run gave. */
    record Run(int exitCode, byte[] stdoutBytes, String stderr) {
        String stdout() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        List<String> stdoutLines() {
            return stdout().lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout() + "--- stderr\n" + stderr;
        }
    }

    private Copydesk() {
    }

    static Path jar() {
        String jar = System.getProperty("copydesk.jar");
        assertNotNull(jar, "the build passes -Dcopydesk.jar");
        return Path.of(jar);
    }

    /** The example article in releng/examples. */
    static Path example(String name) {
        String examples = System.getProperty("copydesk.examples");
        assertNotNull(examples, "the build passes -Dcopydesk.examples");
        return Path.of(examples, name);
    }

    static Run run(Path workingDirectory, String... arguments) {
        return runWithInput(workingDirectory, null, arguments);
    }

    static Run runWithInput(Path workingDirectory, byte[] stdin, String... arguments) {
        return run(workingDirectory, stdin, Map.of(), null, arguments);
    }

    /**
     * Through the {@code copydesk} launcher beside the jar, as a user on a PATH runs it, with this JVM as its
     * {@code JAVA_HOME} and {@code environment} added.
     */
    static Run launch(Path workingDirectory, Map<String, String> environment, String... arguments) {
        String launcher = System.getProperty("copydesk.launcher");
        assertNotNull(launcher, "the build passes -Dcopydesk.launcher");
        Map<String, String> withJava = new HashMap<>(environment);
        withJava.put("JAVA_HOME", System.getProperty("java.home"));
        return run(List.of("sh", launcher), workingDirectory, null, withJava, null, arguments);
    }

    /** Under other environment variables, such as {@code LC_ALL=C}. */
    static Run runWithEnvironment(Path workingDirectory, Map<String, String> environment, String... arguments) {
        return run(workingDirectory, null, environment, null, arguments);
    }

    /**
     * With standard output going to {@code stdout}: a file such as {@code /dev/full}, or {@link Redirect#DISCARD}.
     * A null {@code stdout} here means a pipe whose reading end is closed before the run writes anything.
     */
    static Run runWithStdout(Path workingDirectory, Redirect stdout, byte[] stdin, String... arguments) {
        return run(workingDirectory, stdin, Map.of(), stdout == null ? CLOSED : stdout, arguments);
    }

    /** Stands for a standard output pipe nobody reads: closed at once. */
    private static final Redirect CLOSED = Redirect.PIPE;

    private static Run run(Path workingDirectory, byte[] stdin, Map<String, String> environment, Redirect stdout, String... arguments) {
        // start fast: these runs are short, the C2 compiler would not pay off
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar().toString());
        return run(java, workingDirectory, stdin, environment, stdout, arguments);
    }

    private static Run run(List<String> start, Path workingDirectory, byte[] stdin, Map<String, String> environment, Redirect stdout,
            String... arguments) {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
            builder.environment().putAll(environment);
            if (stdout != null) {
                builder.redirectOutput(stdout);
            }
            Process process = builder.start();
            if (stdout == CLOSED) {
                process.getInputStream().close();
            }
            CompletableFuture<byte[]> out = stdout != null ? CompletableFuture.completedFuture(new byte[0])
                    : CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("copydesk " + String.join(" ", arguments) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Run(process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
