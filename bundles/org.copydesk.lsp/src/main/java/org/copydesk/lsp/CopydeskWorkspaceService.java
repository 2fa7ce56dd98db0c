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
import org.copydesk.lsp.actions.Ignores;
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
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
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

    CopydeskWorkspaceService(CopydeskLanguageServer server) {
        this.server = server;
    }

    /** After {@code initialized}: watch config files, and ask for the settings if the client lets servers ask. */
    void initialized() {
        ClientSupport support = server.support;
        if (support.watchFiles()) {
            DidChangeWatchedFilesRegistrationOptions options = new DidChangeWatchedFilesRegistrationOptions(
                    List.of(new FileSystemWatcher(Either.forLeft("**/" + Config.FILE_NAME))));
            server.publisher.client().registerCapability(new RegistrationParams(List.of(
                    new Registration(UUID.randomUUID().toString(), "workspace/didChangeWatchedFiles", options))));
        }
        pullSettings();
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
        server.configs.setEditorConfig(read.config());
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
            }
        }
        if (configChanged) {
            server.configsChanged();
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (params.getEvent() == null) {
            return;
        }
        for (WorkspaceFolder removed : nonNull(params.getEvent().getRemoved())) {
            server.removeFolder(removed.getUri());
        }
        for (WorkspaceFolder added : nonNull(params.getEvent().getAdded())) {
            server.addFolder(added.getUri());
        }
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        List<Object> arguments = params.getArguments() == null ? List.of() : params.getArguments();
        switch (params.getCommand()) {
            case CopydeskLanguageServer.CHECK_FOLDERS_COMMAND:
                return checkFolders(arguments);
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
