package org.copydesk.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.document.Format;
import org.copydesk.lsp.actions.CodeActions;
import org.copydesk.lsp.actions.Ignores;
import org.copydesk.lsp.documents.DocumentKey;
import org.copydesk.lsp.workspace.WorkspaceCopies;
import org.copydesk.lsp.config.EditorSettings;
import org.copydesk.lsp.documents.OpenDocument;
import org.copydesk.lsp.documents.Uris;
import org.copydesk.lsp.workspace.FolderCheck;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.WorkspaceService;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Settings, config files, workspace folders and commands: "check the workspace folders" (with progress the
 * writer can cancel) and the config file entry behind "ignore" in plain text.
 */
public final class CopydeskWorkspaceService implements WorkspaceService {
    private final CopydeskLanguageServer server;
    private final Map<String, AtomicBoolean> cancels = new ConcurrentHashMap<>();
    /** The editor's settings as a config, last applied; and whether the index has started reading the folders. */
    private volatile Config editorConfig = Config.defaults();
    private volatile boolean folderIndexStarted;

    CopydeskWorkspaceService(CopydeskLanguageServer server) {
        this.server = server;
    }

    /** After {@code initialized}: watch config files, and ask for the settings if the client lets servers ask. */
    void initialized() {
        ClientSupport support = server.support;
        if (support.watchFiles()) {
            // config files, and the drafts: a file changed, created or deleted outside the editor changes the copies
            DidChangeWatchedFilesRegistrationOptions options = new DidChangeWatchedFilesRegistrationOptions(List.of(
                    new FileSystemWatcher(Either.forLeft("**/" + Config.FILE_NAME)),
                    new FileSystemWatcher(Either.forLeft("**/*.{" + String.join(",", Format.allExtensions()) + "}"))));
            server.publisher.client().registerCapability(new RegistrationParams(List.of(
                    new Registration(UUID.randomUUID().toString(), "workspace/didChangeWatchedFiles", options))));
        }
        pullSettings();
        folderIndexStarted = true;
        server.index.addFolders(List.copyOf(server.folders), progress("Copydesk: reading the drafts"));
    }

    /**
     * Progress for reading the workspace folders' drafts into the index, as {@code $/progress} where the client
     * shows it (cancellable: the index then holds the drafts read so far); none elsewhere.
     */
    WorkspaceCopies.Progress progress(String title) {
        if (!server.support.workDoneProgress() || server.publisher.client() == null) {
            return WorkspaceCopies.Progress.NONE;
        }
        String token = "copydesk-index-" + UUID.randomUUID();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancels.put(token, cancelled);
        CompletableFuture<Void> created = server.publisher.client().createProgress(new WorkDoneProgressCreateParams(Either.forLeft(token)));
        return new WorkspaceCopies.Progress() {
            private int percent = -1;

            @Override
            public void begin(int files) {
                waitFor(created);
                WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
                begin.setTitle(title);
                begin.setMessage(files + " drafts");
                begin.setCancellable(true);
                begin.setPercentage(0);
                CopydeskWorkspaceService.this.notify(token, Either.forLeft(begin));
            }

            @Override
            public void report(int done, int files) {
                int now = done * 100 / Math.max(1, files);
                if (now != percent) { // at most a hundred reports, however many drafts
                    percent = now;
                    WorkDoneProgressReport report = new WorkDoneProgressReport();
                    report.setMessage(done + "/" + files);
                    report.setPercentage(now);
                    CopydeskWorkspaceService.this.notify(token, Either.forLeft(report));
                }
            }

            @Override
            public void end(int done, boolean stopped) {
                WorkDoneProgressEnd end = new WorkDoneProgressEnd();
                end.setMessage((stopped ? "cancelled after " : "") + done + " drafts");
                CopydeskWorkspaceService.this.notify(token, Either.forLeft(end));
                cancels.remove(token);
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private static void waitFor(CompletableFuture<Void> created) {
        try {
            created.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the client did not answer: report anyway, it may ignore the token
        }
    }

    private void pullSettings() {
        if (!server.support.pullConfiguration() || server.publisher.client() == null) {
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection("copydesk");
        server.publisher.client().configuration(new ConfigurationParams(List.of(item))).thenAccept(values -> {
            if (values != null && !values.isEmpty() && values.get(0) instanceof JsonElement section && section.isJsonObject()) {
                applySettings(section);
            }
        }).exceptionally(e -> {
            server.publisher.log(MessageType.Warning, "could not read the editor's settings: " + e);
            return null;
        });
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        JsonObject section = params.getSettings() instanceof JsonElement settings ? EditorSettings.section(settings) : null;
        if (section != null) {
            applySettings(section);
        } else {
            pullSettings(); // the notification only says that something changed
        }
    }

    /** Takes the editor's Copydesk settings; a value Copydesk cannot use is shown, and the defaults stand for it. */
    void applySettings(JsonElement settings) {
        EditorSettings read;
        try {
            read = EditorSettings.read(EditorSettings.section(settings), server.configs.loader());
        } catch (ConfigException e) {
            server.publisher.showOnce(MessageType.Error, "Copydesk cannot use " + e.getMessage());
            read = EditorSettings.DEFAULTS;
        }
        server.checks.settings(read);
        server.index.settings(read.checkDelayMillis(), read.maxDocumentSize());
        Config before = editorConfig;
        editorConfig = read.config();
        server.configs.setEditorConfig(read.config());
        if (folderIndexStarted && !read.config().equals(before)) {
            // the drafts on disk were read with the settings before: their projects and sketches may differ now
            server.index.rebuild(List.copyOf(server.folders), progress("Copydesk: reading the drafts again"));
        }
        for (OpenDocument document : server.documents.all()) {
            server.checks.reconfigure(document);
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        boolean configChanged = false;
        for (FileEvent event : params.getChanges()) {
            Path file = Uris.toPath(event.getUri());
            if (CopydeskTextDocumentService.isConfigFile(file)) {
                configChanged = true;
            } else if (file != null) {
                draftChanged(file, event.getType());
            }
        }
        if (configChanged) {
            server.configsChanged();
        }
    }

    /**
     * A draft (or a folder of drafts) changed on disk: the index reads it again or forgets it, and a file whose
     * diagnostics came from the check of the workspace folders is checked again, or cleared if it is gone. An open
     * document is the editor's text, whatever the disk says.
     */
    private void draftChanged(Path file, FileChangeType type) {
        if (type == FileChangeType.Deleted) {
            server.index.removed(file);
            if (server.folderCheck.checkedFromDisk(file) && server.documents.get(file) == null) {
                server.folderCheck.forget(file);
                server.publisher.diagnostics(DocumentKey.of(file).uri(), null, List.of());
            }
        } else if (file.getFileName() != null && Format.ofFileName(file.getFileName().toString()).isPresent()) {
            server.index.changedOnDisk(file);
            if (server.folderCheck.checkedFromDisk(file)) {
                server.checkFromDisk(file);
            }
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (params.getEvent() == null) {
            return;
        }
        for (WorkspaceFolder removed : nonNull(params.getEvent().getRemoved())) {
            server.removeFolder(removed.getUri());
            Path folder = Uris.toPath(removed.getUri());
            if (folder != null) {
                server.index.removeFolder(folder);
            }
        }
        List<Path> added = new ArrayList<>();
        for (WorkspaceFolder folder : nonNull(params.getEvent().getAdded())) {
            server.addFolder(folder.getUri());
            Path path = Uris.toPath(folder.getUri());
            if (path != null) {
                added.add(path);
            }
        }
        if (!added.isEmpty()) {
            server.index.addFolders(added, progress("Copydesk: reading the drafts"));
        }
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        List<Object> arguments = params.getArguments() == null ? List.of() : params.getArguments();
        switch (params.getCommand()) {
            case CopydeskLanguageServer.CHECK_FOLDERS_COMMAND:
                return checkFolders(arguments);
            case CodeActions.SHOW_OTHER_COPY_COMMAND:
                return showOtherCopy(arguments);
            case Ignores.COMMAND:
                if (arguments.size() != 3) {
                    return failed(ResponseErrorCode.InvalidParams, Ignores.COMMAND + " takes the config file, the keys and the entry");
                }
                return CompletableFuture.supplyAsync(() -> {
                    try {
                        return server.configEdits.add(Path.of(string(arguments.get(0))), string(arguments.get(1)), string(arguments.get(2)));
                    } catch (java.io.IOException e) {
                        throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, "cannot write the config file: " + e, null));
                    }
                }, server.folderThread);
            default:
                return failed(ResponseErrorCode.InvalidParams, "unknown command " + params.getCommand());
        }
    }

    /**
     * "Go to the other copy": asks the editor to show the file at the paragraph ({@code window/showDocument}); an
     * editor that cannot is told where it is.
     */
    private CompletableFuture<Object> showOtherCopy(List<Object> arguments) {
        Range range;
        try {
            range = arguments.size() == 2 ? new com.google.gson.Gson().fromJson(new com.google.gson.Gson().toJsonTree(arguments.get(1)), Range.class) : null;
        } catch (RuntimeException e) {
            range = null;
        }
        if (range == null || range.getStart() == null || server.publisher.client() == null) {
            return failed(ResponseErrorCode.InvalidParams, CodeActions.SHOW_OTHER_COPY_COMMAND + " takes the file's URI and the range");
        }
        if (!server.support.showDocument()) {
            Path file = Uris.toPath(string(arguments.get(0)));
            server.publisher.client().showMessage(new org.eclipse.lsp4j.MessageParams(MessageType.Info, "The other copy is at line "
                    + (range.getStart().getLine() + 1) + " of " + (file != null ? file : string(arguments.get(0)))));
            return CompletableFuture.completedFuture(null);
        }
        ShowDocumentParams show = new ShowDocumentParams(string(arguments.get(0)));
        show.setTakeFocus(true);
        show.setSelection(range);
        return server.publisher.client().showDocument(show).thenApply(result -> (Object) result);
    }

    /**
     * Checks every draft in the workspace folders (or the folders given) that is not open, with {@code $/progress}
     * reports; returns how many files and findings, as {@code {"files": N, "findings": M, "cancelled": false}}.
     */
    private CompletableFuture<Object> checkFolders(List<Object> arguments) {
        List<Path> roots = new ArrayList<>();
        for (Object argument : arguments) {
            Path path = Uris.toPath(string(argument));
            if (path != null) {
                roots.add(path);
            }
        }
        if (roots.isEmpty()) {
            roots.addAll(server.folders);
        }
        String token = "copydesk-check-" + UUID.randomUUID();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancels.put(token, cancelled);
        boolean progress = server.support.workDoneProgress();
        CompletableFuture<Void> created = progress
                ? server.publisher.client().createProgress(new WorkDoneProgressCreateParams(Either.forLeft(token)))
                        .exceptionally(e -> null)
                : CompletableFuture.completedFuture(null);
        return created.thenApplyAsync(ignored -> {
            try {
                List<Path> files = FolderCheck.drafts(roots);
                if (progress) {
                    WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
                    begin.setTitle("Copydesk: checking " + files.size() + " drafts");
                    begin.setCancellable(true);
                    begin.setPercentage(0);
                    notify(token, Either.forLeft(begin));
                }
                FolderCheck.Summary summary = server.folderCheck.check(files, server.checks.settings().maxDocumentSize(), done -> {
                    if (progress) {
                        WorkDoneProgressReport report = new WorkDoneProgressReport();
                        report.setMessage(done + "/" + files.size());
                        report.setPercentage(files.isEmpty() ? 100 : done * 100 / files.size());
                        notify(token, Either.forLeft(report));
                    }
                }, cancelled::get, file -> {
                    OpenDocument open = server.documents.get(file);
                    if (open != null) {
                        server.checks.request(open);
                    }
                });
                if (progress) {
                    WorkDoneProgressEnd end = new WorkDoneProgressEnd();
                    end.setMessage((summary.cancelled() ? "cancelled after " : "") + summary.files() + " drafts, " + summary.findings() + " findings");
                    notify(token, Either.forLeft(end));
                }
                JsonObject result = new JsonObject();
                result.add("files", new JsonPrimitive(summary.files()));
                result.add("findings", new JsonPrimitive(summary.findings()));
                result.add("cancelled", new JsonPrimitive(summary.cancelled()));
                return (Object) result;
            } catch (java.io.IOException e) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, "cannot list the folder: " + e, null));
            } finally {
                cancels.remove(token);
            }
        }, server.folderThread);
    }

    private void notify(String token, Either<org.eclipse.lsp4j.WorkDoneProgressNotification, Object> value) {
        try {
            server.publisher.client().notifyProgress(new ProgressParams(Either.forLeft(token), value));
        } catch (RuntimeException e) {
            server.publisher.log(MessageType.Warning, "cannot report progress: " + e);
        }
    }

    /** Stops every check of the workspace folders that runs (at shutdown). */
    void cancelAll() {
        cancels.values().forEach(cancel -> cancel.set(true));
    }

    void cancelProgress(Either<String, Integer> token) {
        if (token == null) {
            return;
        }
        AtomicBoolean cancel = cancels.get(token.isLeft() ? token.getLeft() : String.valueOf(token.getRight()));
        if (cancel != null) {
            cancel.set(true);
        }
    }

    private static String string(Object argument) {
        if (argument instanceof JsonPrimitive primitive) {
            return primitive.getAsString();
        }
        return String.valueOf(argument);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static CompletableFuture<Object> failed(ResponseErrorCode code, String message) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        future.completeExceptionally(new ResponseErrorException(new ResponseError(code, message, null)));
        return future;
    }
}
