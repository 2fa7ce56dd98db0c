package org.copydesk.lsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.copydesk.core.config.Config;
import org.copydesk.core.document.Format;
import org.copydesk.core.io.TextFileReader;
import org.copydesk.lsp.actions.CodeActions;
import org.copydesk.lsp.documents.DocumentKey;
import org.copydesk.lsp.documents.OpenDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

import com.google.gson.JsonObject;

/**
 * Open, change, save and close, and the requests on one document. Changes are applied here, on the protocol's
 * thread, in the order they come; checks and the requests that read findings run on the checking thread.
 */
public final class CopydeskTextDocumentService implements TextDocumentService {
    private final CopydeskLanguageServer server;

    CopydeskTextDocumentService(CopydeskLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        TextDocumentItem item = params.getTextDocument();
        DocumentKey key = DocumentKey.of(item.getUri());
        Format format = isConfigFile(key.path()) ? Format.PLAIN_TEXT : formatOf(key, item.getLanguageId());
        if (format == null) {
            server.publisher.log(MessageType.Info, "Copydesk does not check " + item.getUri() + " (" + item.getLanguageId() + ")");
            return;
        }
        OpenDocument document = new OpenDocument(key, format, item.getText() == null ? "" : item.getText(), item.getVersion());
        server.documents.open(document);
        if (!isConfigFile(key.path())) {
            server.checks.request(document);
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        OpenDocument document = server.documents.get(params.getTextDocument().getUri());
        if (document == null) {
            server.publisher.log(MessageType.Warning, "a change to a document that is not open: " + params.getTextDocument().getUri());
            return;
        }
        document.change(params.getContentChanges() == null ? List.of() : params.getContentChanges(), params.getTextDocument().getVersion());
        if (!isConfigFile(document.path())) {
            server.checks.request(document);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        OpenDocument document = server.documents.close(params.getTextDocument().getUri());
        if (document == null || isConfigFile(document.path())) {
            return;
        }
        server.checks.closed(document);
        Path file = document.path();
        if (file != null) {
            server.index.changedOnDisk(file); // the saved text counts now, not the editor's
        }
        if (server.folderCheck.checkedFromDisk(file)) {
            server.folderThread.execute(() -> server.folderCheck.checkFromDisk(file,
                    new TextFileReader(StandardCharsets.UTF_8, server.checks.settings().maxDocumentSize())));
        } else {
            server.publisher.diagnostics(document.uri(), null, List.of());
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        DocumentKey key = DocumentKey.of(params.getTextDocument().getUri());
        if (isConfigFile(key.path())) {
            server.configsChanged(); // for clients that do not watch files
        }
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        OpenDocument document = server.documents.get(params.getTextDocument().getUri());
        if (document == null || isConfigFile(document.path())) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        return server.checks.submit(() -> {
            OpenDocument.Checked checked = server.checks.current(document);
            return checked == null ? List.of() : server.codeActions.of(document, checked, params.getRange(), only);
        });
    }

    @Override
    public CompletableFuture<CodeAction> resolveCodeAction(CodeAction action) {
        String uri = action.getData() instanceof JsonObject data && data.has("uri") ? data.get("uri").getAsString() : null;
        OpenDocument document = server.documents.get(uri);
        if (document == null || !CodeActions.FIX_ALL_KIND.equals(action.getKind())) {
            return CompletableFuture.completedFuture(action);
        }
        return server.checks.submit(() -> {
            OpenDocument.Checked checked = server.checks.current(document);
            return checked == null ? action : server.codeActions.resolveFixAll(action, document, checked);
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        OpenDocument document = server.documents.get(params.getTextDocument().getUri());
        if (document == null || isConfigFile(document.path())) {
            return CompletableFuture.completedFuture(null);
        }
        return server.checks.submit(() -> {
            OpenDocument.Checked checked = server.checks.current(document);
            return checked == null ? null : server.hovers.at(checked, params.getPosition());
        });
    }

    static boolean isConfigFile(Path path) {
        return path != null && path.getFileName() != null && path.getFileName().toString().equals(Config.FILE_NAME);
    }

    /** The file's extension, or else the editor's language id, picks the format; null for neither. */
    static Format formatOf(DocumentKey key, String languageId) {
        String name = key.path() != null ? key.path().getFileName().toString() : key.uri();
        return Format.ofFileName(name).orElseGet(() -> switch (languageId == null ? "" : languageId.toLowerCase(Locale.ROOT)) {
            case "markdown", "md" -> Format.MARKDOWN;
            case "asciidoc", "asciidoctor", "adoc" -> Format.ASCIIDOC;
            case "plaintext", "text", "txt" -> Format.PLAIN_TEXT;
            default -> null;
        });
    }
}
