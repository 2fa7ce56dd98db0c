package org.copydesk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

import com.google.gson.JsonObject;

/**
 * Measures {@code copydesk lsp} as an editor runs it: a separate process, started with the command given (by
 * default the launcher {@code bundles/org.copydesk.cli/copydesk lsp}, with its JVM options), driven over standard
 * input and output by an LSP4J client. Run from the repository's root after packaging the CLI.
 * <ul>
 * <li>{@code startup}: from the process's start to the first diagnostics of the example article, wall time and
 * the CPU time the server had used by then (from {@code /proc}, so a busy machine shows in the wall time only).
 * <li>{@code keystroke}: a 1 MB draft open, then one character typed (or deleted) at a time in a paragraph in its
 * middle; the server's own time from the change's arrival to its diagnostics sent (its {@code $/setTrace verbose}
 * log line), after a warm-up, and the client's round trip.
 * <li>{@code memory}: ten 100 KB drafts open and edited, then the server's resident memory ({@code VmRSS}) and peak.
 * <li>{@code workspace DIR}: {@code DIR} (a project {@link WriteProject} wrote) as the workspace folder, one of its
 * drafts open and edited a character at a time: how long the server takes to read the folder, and what each edit
 * costs in the search for copies across files (its log line), then the wall time from a pasted paragraph of
 * another draft to its diagnostic. Not part of {@code all}.
 * </ul>
 * Usage: {@code java -cp benchmarks.jar org.copydesk.benchmarks.LanguageServerHarness [startup|keystroke|memory|all]
 * [-- COMMAND…]} (about two minutes for all), or {@code … LanguageServerHarness workspace DIR [-- COMMAND…]}.
 */
public final class LanguageServerHarness {
    private static final Path EXAMPLE = Path.of("releng/examples/000_4e3a9109ce5d23f9.txt");
    private static final Pattern SEARCH = Pattern.compile("for copies across files: ([0-9.]+) ms");
    private static final Pattern TIMING = Pattern.compile("version (\\d+), \\d+ findings: ([0-9.]+) ms after the change arrived");

    private LanguageServerHarness() {
    }

    public static void main(String[] args) throws Exception {
        int dash = Arrays.asList(args).indexOf("--");
        List<String> command = dash >= 0 ? List.of(args).subList(dash + 1, args.length)
                : List.of("bundles/org.copydesk.cli/copydesk", "lsp");
        String what = args.length > 0 && dash != 0 ? args[0] : "all";
        System.out.println("server: " + String.join(" ", command) + "   (load average " + loadAverage() + ")");
        if (what.equals("startup") || what.equals("all")) {
            startup(command, 10);
        }
        if (what.equals("keystroke") || what.equals("all")) {
            keystroke(command, 400, 200);
        }
        if (what.equals("memory") || what.equals("all")) {
            memory(command, 10, 100 * 1024);
        }
        if (what.equals("workspace")) {
            workspace(command, Path.of(args[1]).toAbsolutePath().normalize(), 20, 60);
        }
    }

    static void workspace(List<String> command, Path folder, int warmUp, int measured) throws Exception {
        List<Path> drafts;
        try (var walk = Files.walk(folder)) {
            drafts = walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).sorted().toList();
        }
        Path edited = drafts.get(drafts.size() / 2);
        String text = Files.readString(edited, StandardCharsets.UTF_8);
        String uri = edited.toUri().toString();
        int at = text.indexOf("\n\n", text.length() / 2) - 20;
        JsonObject options = new JsonObject();
        options.addProperty("checkDelay", 0);
        long start = System.nanoTime();
        try (Server server = Server.start(command, options, folder)) {
            server.client.awaitSearch(1);
            double ready = (System.nanoTime() - start) / 1e9;
            String resident = server.status("VmRSS");
            server.open(uri, text);
            server.client.await(uri, 1);
            int searches = server.client.searches.size();
            double[] search = new double[measured];
            for (int i = 0; i < warmUp + measured; i++) {
                int version = 2 + i;
                boolean insert = i % 2 == 0;
                server.change(uri, version, new TextDocumentContentChangeEvent(server.range(text, at, insert ? at : at + 1), insert ? "x" : ""));
                text = insert ? text.substring(0, at) + "x" + text.substring(at) : text.substring(0, at) + text.substring(at + 1);
                server.client.await(uri, version);
                searches = server.client.awaitSearch(searches + 1);
                if (i >= warmUp) {
                    search[i - warmUp] = server.client.searches.get(searches - 1);
                }
            }
            // a paragraph of another draft pasted at the end: wall time until its diagnostic names that draft
            String other = Files.readString(drafts.get(drafts.size() / 4), StandardCharsets.UTF_8);
            String paragraph = java.util.Arrays.stream(other.split("\n\n")).filter(p -> p.length() > 200).findFirst().orElseThrow();
            int version = 2 + warmUp + measured;
            long pasted = System.nanoTime();
            server.change(uri, version, new TextDocumentContentChangeEvent(server.range(text, text.length(), text.length()), paragraph + "\n"));
            server.client.awaitRelatedTo(uri, drafts.get(drafts.size() / 4).toUri().toString());
            double toDiagnostic = (System.nanoTime() - pasted) / 1e6;
            System.out.printf(Locale.ROOT, "workspace of %d drafts: read and searched in %.2f s wall (resident %s); one keystroke: "
                    + "search for copies across files median %.1f ms, p90 %.1f ms, max %.1f ms (%d after %d warm-up); "
                    + "a pasted paragraph of another draft to its diagnostic: %.0f ms wall%n", drafts.size(), ready, resident,
                    median(search), percentile(search, 0.9), max(search), measured, warmUp, toDiagnostic);
            server.shutdown();
        }
    }

    static void startup(List<String> command, int runs) throws Exception {
        String text = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        String uri = EXAMPLE.toAbsolutePath().toUri().toString();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            try (Server server = Server.start(command, null)) {
                server.open(uri, text);
                server.client.await(uri, 1);
                wall[run] = (System.nanoTime() - start) / 1e9;
                cpu[run] = server.cpuSeconds();
                server.shutdown();
            }
        }
        System.out.printf(Locale.ROOT, "startup to first diagnostics (example article), %d runs: wall median %.2f s (min %.2f, max %.2f); "
                + "server CPU median %.2f s (min %.2f)%n", runs, median(wall), min(wall), max(wall), median(cpu), min(cpu));
    }

    static void keystroke(List<String> command, int warmUp, int measured) throws Exception {
        String text = new Corpus(42).articles(Corpora.MB);
        int at = text.indexOf("\n\n", text.length() / 2) - 20;
        String uri = Path.of("keystroke-1mb.txt").toAbsolutePath().toUri().toString();
        JsonObject options = new JsonObject();
        options.addProperty("checkDelay", 0);
        try (Server server = Server.start(command, options)) {
            server.open(uri, text);
            server.client.await(uri, 1);
            double[] serverMillis = new double[measured];
            double[] roundTrip = new double[measured];
            int findings = server.client.last.get(uri).getDiagnostics().size();
            for (int i = 0; i < warmUp + measured; i++) {
                int version = 2 + i;
                boolean insert = i % 2 == 0;
                Range range = new Range(new Position(0, 0), new Position(0, 0));
                range = server.range(text, at, insert ? at : at + 1);
                long start = System.nanoTime();
                server.change(uri, version, new TextDocumentContentChangeEvent(range, insert ? "x" : ""));
                server.client.await(uri, version);
                double trip = (System.nanoTime() - start) / 1e6;
                double own = server.client.timeOf(version);
                text = insert ? text.substring(0, at) + "x" + text.substring(at) : text.substring(0, at) + text.substring(at + 1);
                if (i >= warmUp) {
                    serverMillis[i - warmUp] = own;
                    roundTrip[i - warmUp] = trip;
                }
            }
            System.out.printf(Locale.ROOT, "one keystroke in a 1 MB draft (%d findings), %d after %d warm-up: server time to publish "
                    + "median %.2f ms, p90 %.2f ms, max %.2f ms; client round trip median %.2f ms%n", findings, measured, warmUp,
                    median(serverMillis), percentile(serverMillis, 0.9), max(serverMillis), median(roundTrip));
            server.shutdown();
        }
    }

    static void memory(List<String> command, int drafts, int size) throws Exception {
        try (Server server = Server.start(command, null)) {
            List<String> uris = new ArrayList<>();
            for (int d = 0; d < drafts; d++) {
                String text = new Corpus(100 + d).articles(size);
                String uri = Path.of("draft-" + d + ".txt").toAbsolutePath().toUri().toString();
                uris.add(uri);
                server.open(uri, text);
                for (int e = 0; e < 20; e++) {
                    int at = text.length() / 2 + e;
                    server.change(uri, 2 + e, new TextDocumentContentChangeEvent(server.range(text, at, at), "y"));
                    text = text.substring(0, at) + "y" + text.substring(at);
                }
            }
            for (String uri : uris) {
                server.client.await(uri, 21);
            }
            Thread.sleep(2000);
            System.out.printf(Locale.ROOT, "%d drafts of %d KB open and edited: resident %s, peak %s%n", drafts, size / 1024,
                    server.status("VmRSS"), server.status("VmHWM"));
            server.shutdown();
        }
    }

    /** A server process and the client connected to it. */
    private static final class Server implements AutoCloseable {
        final Process process;
        final Client client = new Client();
        final LanguageServer remote;

        private Server(Process process) {
            this.process = process;
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
            this.remote = launcher.getRemoteProxy();
            launcher.startListening();
        }

        static Server start(List<String> command, JsonObject options) throws Exception {
            return start(command, options, null);
        }

        static Server start(List<String> command, JsonObject options, Path folder) throws Exception {
            Server server = new Server(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
            InitializeParams params = new InitializeParams();
            if (folder != null) {
                params.setWorkspaceFolders(List.of(new org.eclipse.lsp4j.WorkspaceFolder(folder.toUri().toString(), "workspace")));
            }
            params.setProcessId((int) ProcessHandle.current().pid());
            params.setCapabilities(new ClientCapabilities());
            params.setTrace("verbose");
            params.setInitializationOptions(options);
            server.remote.initialize(params).get(60, TimeUnit.SECONDS);
            server.remote.initialized(new InitializedParams());
            return server;
        }

        void open(String uri, String text) {
            remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, text)));
        }

        void change(String uri, int version, TextDocumentContentChangeEvent change) {
            remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
        }

        Range range(String text, int start, int end) {
            return new Range(position(text, start), position(text, end));
        }

        private static Position position(String text, int offset) {
            int line = 0;
            int lineStart = 0;
            for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
                line++;
                lineStart = i + 1;
            }
            return new Position(line, offset - lineStart);
        }

        double cpuSeconds() throws IOException {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }

        String status(String key) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith(key + ":")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
                }
            }
            return "?";
        }

        void shutdown() throws Exception {
            remote.shutdown().get(30, TimeUnit.SECONDS);
            remote.exit();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    /** Keeps the last diagnostics per document and the server's timing log lines. */
    private static final class Client implements LanguageClient {
        final ConcurrentHashMap<String, PublishDiagnosticsParams> last = new ConcurrentHashMap<>();
        final ConcurrentHashMap<Integer, Double> times = new ConcurrentHashMap<>();
        final List<Double> searches = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
            last.put(params.getUri(), params);
            notifyAll();
        }

        synchronized void await(String uri, int version) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (last.get(uri) == null || last.get(uri).getVersion() < version) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no diagnostics for " + uri + " version " + version);
                }
                wait(100);
            }
        }

        /** Waits until the server has logged {@code count} searches for copies across files; returns how many it has. */
        synchronized int awaitSearch(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
            while (searches.size() < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no search for copies across files");
                }
                wait(100);
            }
            return searches.size();
        }

        synchronized void awaitRelatedTo(String uri, String otherUri) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (last.get(uri) == null || last.get(uri).getDiagnostics().stream().noneMatch(d -> d.getRelatedInformation() != null
                    && d.getRelatedInformation().stream().anyMatch(r -> r.getLocation().getUri().equals(otherUri)))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no copy of " + otherUri + " reported in " + uri);
                }
                wait(100);
            }
        }

        synchronized double timeOf(int version) throws InterruptedException {
            while (!times.containsKey(version)) {
                wait(100);
            }
            return times.get(version);
        }

        @Override
        public synchronized void logMessage(MessageParams message) {
            Matcher searched = SEARCH.matcher(message.getMessage());
            if (searched.find()) {
                searches.add(Double.parseDouble(searched.group(1)));
                notifyAll();
            }
            Matcher m = TIMING.matcher(message.getMessage());
            if (m.find()) {
                times.put(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)));
                notifyAll();
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
