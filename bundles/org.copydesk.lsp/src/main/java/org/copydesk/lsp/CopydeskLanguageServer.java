package org.copydesk.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

import org.copydesk.lsp.actions.CodeActions;
import org.copydesk.lsp.actions.Ignores;
import org.copydesk.lsp.config.ConfigStore;
import org.copydesk.lsp.documents.DocumentStore;
import org.copydesk.lsp.documents.Uris;
import org.copydesk.lsp.protocol.MessageSizeGuard;
import org.copydesk.lsp.workspace.FolderCheck;
import org.copydesk.lsp.workspace.OtherCopies;
import org.copydesk.lsp.workspace.WorkspaceCopies;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkDoneProgressCancelParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Copydesk's language server: the engine's findings as diagnostics, its fixes as code actions, its rule pages as
 * hovers, for any editor that speaks the Language Server Protocol. No check logic lives here: every finding and
 * every fix comes from the core, as in the IDE, the command line and the Maven plugin.
 */
public final class CopydeskLanguageServer implements LanguageServer, LanguageClientAware {
    public static final String CHECK_FOLDERS_COMMAND = "copydesk.checkWorkspace";

    final DocumentStore documents = new DocumentStore();
    final ConfigStore configs = new ConfigStore();
    final Publisher publisher = new Publisher();
    final Checks checks = new Checks(documents, configs, publisher);
    final ConfigDiagnostics configDiagnostics = new ConfigDiagnostics(configs, publisher);
    final FolderCheck folderCheck = new FolderCheck(documents, configs, publisher);
    final Hovers hovers = new Hovers();
    final List<Path> folders = new CopyOnWriteArrayList<>();
    final ExecutorService folderThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "copydesk-folders");
        thread.setDaemon(true);
        return thread;
    });
    final Ignores ignores = new Ignores(configs, this::workspaceFolderOf);
    final WorkspaceCopies index = new WorkspaceCopies(configs, this::workspaceFolderOrNull, file -> documents.get(file) != null);
    final OtherCopies otherCopies = new OtherCopies(documents, this::workspaceFolderOrNull);
    volatile ClientSupport support = ClientSupport.NONE;
    volatile CodeActions codeActions = new CodeActions(ClientSupport.NONE, ignores, otherCopies);
    volatile ConfigEdits configEdits;
    private final CopydeskTextDocumentService textDocumentService = new CopydeskTextDocumentService(this);
    private final CopydeskWorkspaceService workspaceService = new CopydeskWorkspaceService(this);
    private final IntConsumer onExit;
    private volatile boolean shutdown;

    /** {@code onExit} is given the exit status when the client says {@code exit}: 0 after {@code shutdown}, else 1. */
    public CopydeskLanguageServer(IntConsumer onExit) {
        this.onExit = onExit;
        checks.afterBind(configDiagnostics::refresh);
        checks.crossFile(index, otherCopies);
        folderCheck.crossFile(index, otherCopies);
        index.listen(this::copiesChanged);
        index.settings(checks.settings().checkDelayMillis(), checks.settings().maxDocumentSize());
        index.onSearched(nanos -> {
            if (checks.tracingTimes()) {
                publisher.log(org.eclipse.lsp4j.MessageType.Log, String.format(java.util.Locale.ROOT,
                        "copydesk: searched %d drafts for copies across files: %.2f ms", index.size(), nanos / 1e6));
            }
        });
        configEdits = new ConfigEdits(documents, configs, publisher, codeActions, support, this::configsChanged);
    }

    @Override
    public void connect(LanguageClient client) {
        publisher.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        support = ClientSupport.of(params.getCapabilities(), params.getClientInfo());
        codeActions = new CodeActions(support, ignores, otherCopies);
        configEdits = new ConfigEdits(documents, configs, publisher, codeActions, support, this::configsChanged);
        setFolders(params);
        if (params.getInitializationOptions() instanceof JsonElement options) {
            workspaceService.applySettings(options);
        }
        watchParent(params.getProcessId());
        checks.traceTimes("verbose".equals(params.getTrace()));

        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        CodeActionOptions codeActionOptions = new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL_KIND));
        codeActionOptions.setResolveProvider(true);
        capabilities.setCodeActionProvider(codeActionOptions);
        capabilities.setHoverProvider(true);
        capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CHECK_FOLDERS_COMMAND, Ignores.COMMAND, CodeActions.SHOW_OTHER_COPY_COMMAND)));
        WorkspaceFoldersOptions workspaceFolders = new WorkspaceFoldersOptions();
        workspaceFolders.setSupported(true);
        workspaceFolders.setChangeNotifications(true);
        capabilities.setWorkspace(new WorkspaceServerCapabilities(workspaceFolders));
        capabilities.setPositionEncoding("utf-16");
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("copydesk", version())));
    }

    private void setFolders(InitializeParams params) {
        folders.clear();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                addFolder(folder.getUri());
            }
        } else if (params.getRootUri() != null) {
            addFolder(params.getRootUri());
        }
    }

    void addFolder(String uri) {
        Path path = Uris.toPath(uri);
        if (path != null && !folders.contains(path)) {
            folders.add(path);
        }
    }

    void removeFolder(String uri) {
        Path path = Uris.toPath(uri);
        if (path != null) {
            folders.remove(path);
        }
    }

    /** The workspace folder holding {@code file} (the innermost), or the file's own folder. */
    Path workspaceFolderOf(Path file) {
        Path best = workspaceFolderOrNull(file);
        return best != null ? best : file.getParent();
    }

    /** The workspace folder holding {@code file} (the innermost), or null for a file outside them all. */
    Path workspaceFolderOrNull(Path file) {
        Path best = null;
        for (Path folder : folders) {
            if (file.startsWith(folder) && (best == null || folder.getNameCount() > best.getNameCount())) {
                best = folder;
            }
        }
        return best;
    }

    /**
     * The copies of other files' paragraphs in {@code files} changed: open documents are published again, and so
     * are the files whose diagnostics the check of the workspace folders published (no others: the writer asks
     * for the files that are not open with that command).
     */
    private void copiesChanged(java.util.Set<Path> files) {
        for (Path file : files) {
            org.copydesk.lsp.documents.OpenDocument open = documents.get(file);
            if (open != null) {
                checks.copiesChanged(open);
            } else if (folderCheck.checkedFromDisk(file)) {
                checkFromDisk(file);
            }
        }
    }

    /** Checks a file that is not open, from disk, on the folders' thread, and publishes its findings. */
    void checkFromDisk(Path file) {
        try {
            folderThread.execute(() -> {
                if (documents.get(file) == null) {
                    folderCheck.checkFromDisk(file, new org.copydesk.core.io.TextFileReader(java.nio.charset.StandardCharsets.UTF_8,
                            checks.settings().maxDocumentSize()));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shut down
        }
    }

    /** The protocol asks a server to exit when the editor that started it is gone, even if its pipe stays open. */
    private void watchParent(Integer processId) {
        if (processId == null || processId == ProcessHandle.current().pid()) {
            return; // none given, or a client in the same process (as in tests)
        }
        ProcessHandle.of(processId).ifPresentOrElse(parent -> parent.onExit().thenRun(() -> editorGone(processId)),
                () -> editorGone(processId));
    }

    private void editorGone(int processId) {
        publisher.log(org.eclipse.lsp4j.MessageType.Info, "the editor (process " + processId + ") is gone: exiting");
        onExit.accept(1);
    }

    @Override
    public void initialized(InitializedParams params) {
        workspaceService.initialized();
    }

    /** A config file was created, changed or deleted: read configs again and check every open document again. */
    void configsChanged() {
        configs.invalidate();
        publisher.forgetShown();
        index.rebuild(folders, workspaceService.progress("Copydesk: reading the drafts again"));
        documents.all().forEach(checks::reconfigure);
        checks.submit(() -> {
            configDiagnostics.refresh();
            return null;
        });
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        publisher.close();
        checks.shutdown();
        index.shutdown();
        workspaceService.cancelAll();
        folderThread.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        onExit.accept(shutdown ? 0 : 1);
    }

    boolean isShutdown() {
        return shutdown;
    }

    @Override
    public CopydeskTextDocumentService getTextDocumentService() {
        return textDocumentService;
    }

    @Override
    public CopydeskWorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    @Override
    public void cancelProgress(WorkDoneProgressCancelParams params) {
        workspaceService.cancelProgress(params.getToken());
    }

    /** {@code verbose}: each publication is followed by a log line with the time it took (see {@link Checks#traceTimes}). */
    @Override
    public void setTrace(SetTraceParams params) {
        checks.traceTimes("verbose".equals(params.getValue()));
    }

    /** A request too large to read (see {@link MessageSizeGuard}): an error response, so the client stops waiting. */
    @JsonRequest(MessageSizeGuard.REQUEST_TOO_LARGE)
    public CompletableFuture<Object> requestTooLarge(JsonObject params) {
        String message = "Copydesk did not read a request of " + params.get("size") + " bytes: the limit is " + params.get("limit");
        publisher.log(org.eclipse.lsp4j.MessageType.Error, message);
        CompletableFuture<Object> failed = new CompletableFuture<>();
        failed.completeExceptionally(new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, message, null)));
        return failed;
    }

    @JsonNotification(MessageSizeGuard.NOTIFICATION_TOO_LARGE)
    public void notificationTooLarge(JsonObject params) {
        publisher.showOnce(org.eclipse.lsp4j.MessageType.Error, "Copydesk did not read a message of " + params.get("size")
                + " bytes (the limit is " + params.get("limit") + "): a document that large is not checked");
    }

    static String version() {
        try (InputStream in = CopydeskLanguageServer.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Either<String, Integer> token(Object token) {
        return token instanceof Integer n ? Either.forRight(n) : Either.forLeft(String.valueOf(token));
    }
}
