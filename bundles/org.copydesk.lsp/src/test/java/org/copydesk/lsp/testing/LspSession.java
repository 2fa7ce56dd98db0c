package org.copydesk.lsp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.copydesk.lsp.StdioServer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeActionResolveSupportCapabilities;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A client connected to a Copydesk language server: either a separate {@code java} process started as an editor
 * starts one (standard input and output), or, for the tests that look at one behaviour at a time, a server in
 * this JVM over pipes. Both talk JSON-RPC through LSP4J, as a real client does.
 */
public final class LspSession implements AutoCloseable {
    public final RecordingClient client;
    public final LanguageServer server;
    private final Process process;
    private final CompletableFuture<Integer> inProcessExit;
    private final Future<Void> listening;

    private LspSession(RecordingClient client, Launcher<LanguageServer> launcher, Process process, CompletableFuture<Integer> inProcessExit) {
        this.client = client;
        this.server = launcher.getRemoteProxy();
        this.process = process;
        this.inProcessExit = inProcessExit;
        this.listening = launcher.startListening();
    }

    /** The command that starts the server as its own process from this module's classes. */
    public static List<String> serverCommand(String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StdioServer.class.getName());
        return command;
    }

    public static LspSession process(String... jvmOptions) {
        return process(serverCommand(jvmOptions));
    }

    public static LspSession process(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            RecordingClient client = new RecordingClient();
            return new LspSession(client, LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream()),
                    process, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LspSession inProcess() {
        BytePipe clientToServer = new BytePipe();
        BytePipe serverToClient = new BytePipe();
        InputStream serverIn = clientToServer.in;
        OutputStream toServer = clientToServer.out;
        InputStream clientIn = serverToClient.in;
        OutputStream toClient = serverToClient.out;
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return StdioServer.run(serverIn, toClient);
            } finally {
                closeQuietly(toClient);
            }
        });
        RecordingClient client = new RecordingClient();
        return new LspSession(client, LSPLauncher.createClientLauncher(client, clientIn, toServer), null, exit);
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            // the client side is gone already
        }
    }

    /** What an editor says it can do: versioned edits, resolve, progress, pulled settings, file watching, showing a document. */
    public static ClientCapabilities capabilities() {
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setApplyEdit(true);
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        workspace.setConfiguration(true);
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        window.setShowDocument(new org.eclipse.lsp4j.ShowDocumentCapabilities(true));
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        CodeActionCapabilities codeAction = new CodeActionCapabilities();
        codeAction.setResolveSupport(new CodeActionResolveSupportCapabilities(List.of("edit")));
        text.setCodeAction(codeAction);
        ClientCapabilities capabilities = new ClientCapabilities(workspace, text, null);
        capabilities.setWindow(window);
        return capabilities;
    }

    public InitializeResult initialize(List<Path> folders, ClientCapabilities capabilities) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setCapabilities(capabilities);
        List<WorkspaceFolder> workspaceFolders = new ArrayList<>();
        for (Path folder : folders) {
            workspaceFolders.add(new WorkspaceFolder(folder.toUri().toString(), folder.getFileName().toString()));
        }
        params.setWorkspaceFolders(workspaceFolders);
        InitializeResult result = get(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    public InitializeResult initialize(Path folder) {
        return initialize(List.of(folder), capabilities());
    }

    /** Opens {@code file} with its text on disk; returns its URI. */
    public String open(Path file) {
        try {
            return open(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String open(Path file, String text) {
        String uri = file.toUri().toString();
        String name = file.getFileName().toString();
        String language = name.endsWith(".md") ? "markdown" : name.endsWith(".adoc") ? "asciidoc" : "plaintext";
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, language, 1, text)));
        return uri;
    }

    public void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));
    }

    public void close(String uri) {
        server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** Tells the server, as a client's file watcher does, that {@code file} was created, changed or deleted. */
    public void watched(Path file, org.eclipse.lsp4j.FileChangeType type) {
        server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                List.of(new org.eclipse.lsp4j.FileEvent(file.toUri().toString(), type))));
    }

    public List<Either<Command, CodeAction>> codeActions(String uri, Range range, List<String> only) {
        CodeActionContext context = new CodeActionContext(List.of());
        context.setOnly(only);
        return get(server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context)));
    }

    /** {@code shutdown} then {@code exit}; returns the server's exit status. */
    public int shutdownAndExit() {
        get(server.shutdown());
        server.exit();
        return exitStatus();
    }

    public int exitStatus() {
        try {
            if (process != null) {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    throw new AssertionError("the server did not exit");
                }
                return process.exitValue();
            }
            return inProcessExit.get(20, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the server did not exit: " + e, e);
        }
    }

    public Process serverProcess() {
        return process;
    }

    public static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        listening.cancel(true);
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
