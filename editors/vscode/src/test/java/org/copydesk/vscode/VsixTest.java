package org.copydesk.vscode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The packaged extension, as VS Code would install it: its manifest, the server it carries, and that server
 * started with exactly the command line the extension's code builds, answering over stdio as VS Code's client
 * would see it. VS Code itself cannot run here; the extension is kept thin so that this covers it.
 */
class VsixTest {
    private static Map<String, byte[]> entries;

    @BeforeAll
    static void readVsix() throws IOException {
        Path vsix = Path.of(System.getProperty("copydesk.vsix", "target/copydesk.vsix"));
        if (!Files.exists(vsix) && !onPath("npm")) {
            System.out.println("VsixTest SKIPPED: npm is not installed, so the build packaged no .vsix");
            assumeTrue(false, "npm is not installed: no .vsix to test");
        }
        entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(vsix))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
    }

    private static String text(String entry) {
        byte[] bytes = entries.get(entry);
        assertNotNull(bytes, "the .vsix has no " + entry + "; it has " + entries.keySet().stream().filter(e -> !e.contains("node_modules")).toList());
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void manifest_activatesOnTheThreeFormats_andOffersTheSettings() {
        JsonObject manifest = JsonParser.parseString(text("extension/package.json")).getAsJsonObject();
        assertEquals("copydesk", manifest.get("name").getAsString());
        assertEquals("./out/extension.js", manifest.get("main").getAsString());
        List<String> activation = new ArrayList<>();
        manifest.getAsJsonArray("activationEvents").forEach(e -> activation.add(e.getAsString()));
        assertEquals(List.of("onLanguage:plaintext", "onLanguage:markdown", "onLanguage:asciidoc"), activation);
        JsonObject properties = manifest.getAsJsonObject("contributes").getAsJsonObject("configuration").getAsJsonObject("properties");
        for (String setting : List.of("copydesk.java.path", "copydesk.server.jar", "copydesk.trace.server")) {
            assertTrue(properties.has(setting), "setting " + setting);
        }
        String vsixManifest = text("extension.vsixmanifest");
        assertTrue(vsixManifest.contains("Id=\"copydesk\"") && vsixManifest.contains("Publisher=\"copydesk\""), vsixManifest);
        assertTrue(text("extension/out/extension.js").contains("vscode-languageclient/node"));
        assertNotNull(entries.get("extension/node_modules/vscode-languageclient/package.json"), "the client library is carried");
        assertTrue(entries.keySet().stream().noneMatch(e -> e.startsWith("extension/src/") || e.contains("node_modules/typescript/")),
                "sources and build tools stay out");
    }

    @Test
    void carriedServer_startsWithTheExtensionsCommandLine_andChecks() throws Exception {
        byte[] jar = entries.get("extension/server/copydesk.jar");
        assertNotNull(jar, "the extension carries copydesk.jar");
        assertTrue(jarHas(jar, "org/copydesk/lsp/StdioServer.class") && jarHas(jar, "org/copydesk/cli/Main.class"));
        assumeTrue(onPath("node"), "node is not installed: the extension's command line cannot be built");

        Path extension = Files.createDirectories(folder.resolve("extension"));
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().startsWith("extension/out/") || entry.getKey().startsWith("extension/server/")) {
                Path file = folder.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
        }
        Path storage = folder.resolve("storage");
        List<String> command = commandLine(extension, storage);
        assertTrue(command.containsAll(List.of("-jar", extension.resolve("server/copydesk.jar").toString(), "lsp", "--stdio")), command.toString());

        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Client client = new Client();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(), server.getOutputStream());
        launcher.startListening();
        LanguageServer remote = launcher.getRemoteProxy();
        try {
            InitializeParams params = new InitializeParams();
            params.setCapabilities(new ClientCapabilities());
            InitializeResult result = remote.initialize(params).get(60, TimeUnit.SECONDS);
            assertEquals("copydesk", result.getServerInfo().getName());
            remote.initialized(new InitializedParams());
            Path example = Path.of(System.getProperty("copydesk.examples"), "000_4e3a9109ce5d23f9.txt");
            String uri = example.toUri().toString();
            remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1,
                    Files.readString(example, StandardCharsets.UTF_8))));
            assertEquals(9, client.diagnostics.get(60, TimeUnit.SECONDS).getDiagnostics().size());
            remote.shutdown().get(30, TimeUnit.SECONDS);
            remote.exit();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, server.exitValue());
        } finally {
            server.destroyForcibly();
        }
        try (var archives = Files.list(storage)) {
            assertTrue(archives.anyMatch(f -> f.getFileName().toString().endsWith(".jsa")), "the class-data archive for the next start");
        }
    }

    @TempDir
    Path folder;

    /** What the extension's {@code server.js} builds, run by Node.js, plus the {@code --stdio} VS Code's client adds. */
    private List<String> commandLine(Path extension, Path storage) throws IOException, InterruptedException {
        String script = "const s = require(process.argv[1]);"
                + "console.log(JSON.stringify([s.javaExecutable(undefined, { JAVA_HOME: process.argv[2] })]"
                + ".concat(s.serverArguments(process.argv[3], process.argv[4]))));";
        Process node = new ProcessBuilder("node", "-e", script, extension.resolve("out/server.js").toString(), System.getProperty("java.home"),
                extension.resolve("server/copydesk.jar").toString(), storage.toString()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS) && node.exitValue() == 0, output);
        List<String> command = new ArrayList<>();
        JsonArray array = JsonParser.parseString(output.strip()).getAsJsonArray();
        array.forEach(e -> command.add(e.getAsString()));
        command.add("--stdio");
        return command;
    }

    private static boolean jarHas(byte[] jar, String entry) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onPath(String program) {
        try {
            Process process = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            try (InputStream in = process.getInputStream()) {
                in.readAllBytes();
            }
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final class Client implements LanguageClient {
        final CompletableFuture<PublishDiagnosticsParams> diagnostics = new CompletableFuture<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.complete(params);
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

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
