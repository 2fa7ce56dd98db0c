package org.copydesk.lsp;

import java.util.Optional;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/** What the client said it can do, read once from {@code initialize}: each absent capability means no. */
public record ClientSupport(boolean documentChanges, boolean codeActionResolve, boolean workDoneProgress,
        boolean pullConfiguration, boolean watchFiles, boolean applyEdit, boolean endOfTextOnNextLine, boolean showDocument) {

    public static final ClientSupport NONE = new ClientSupport(false, false, false, false, false, false, false, false);

    /**
     * {@code endOfTextOnNextLine}: Vim and Neovim keep a file's missing final line break in the buffer option
     * {@code 'eol'}, not in its lines, and write one when they save. For them an edit that ends at the end of a
     * text without a final line break is sent with its end at the start of the line after the last, the
     * protocol's way of including a line whole, which they take to mean the buffer's last line goes too; an edit
     * that ends on the last line's end would leave an empty line there, saved as a second line break.
     */
    public static ClientSupport of(ClientCapabilities capabilities, ClientInfo clientInfo) {
        boolean vim = clientInfo != null && clientInfo.getName() != null && clientInfo.getName().toLowerCase(java.util.Locale.ROOT).contains("vim");
        if (capabilities == null) {
            return new ClientSupport(false, false, false, false, false, false, vim, false);
        }
        Optional<WorkspaceClientCapabilities> workspace = Optional.ofNullable(capabilities.getWorkspace());
        Optional<CodeActionCapabilities> codeAction = Optional.ofNullable(capabilities.getTextDocument())
                .map(TextDocumentClientCapabilities::getCodeAction);
        boolean resolve = codeAction.map(CodeActionCapabilities::getResolveSupport)
                .map(support -> support.getProperties() != null && support.getProperties().contains("edit")).orElse(false);
        return new ClientSupport(
                workspace.map(WorkspaceClientCapabilities::getWorkspaceEdit).map(edit -> Boolean.TRUE.equals(edit.getDocumentChanges())).orElse(false),
                resolve,
                Optional.ofNullable(capabilities.getWindow()).map(WindowClientCapabilities::getWorkDoneProgress).orElse(false),
                workspace.map(WorkspaceClientCapabilities::getConfiguration).orElse(false),
                workspace.map(WorkspaceClientCapabilities::getDidChangeWatchedFiles)
                        .map(watch -> Boolean.TRUE.equals(watch.getDynamicRegistration())).orElse(false),
                workspace.map(WorkspaceClientCapabilities::getApplyEdit).orElse(false),
                vim,
                Optional.ofNullable(capabilities.getWindow()).map(WindowClientCapabilities::getShowDocument)
                        .map(show -> show.isSupport()).orElse(false));
    }
}
