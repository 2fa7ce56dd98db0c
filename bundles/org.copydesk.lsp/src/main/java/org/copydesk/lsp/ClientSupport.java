package org.copydesk.lsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/** What the client said it can do, read once from {@code initialize}: each absent capability means no. */
public record ClientSupport(boolean documentChanges, boolean codeActionResolve, boolean workDoneProgress,
        boolean pullConfiguration, boolean watchFiles, boolean applyEdit) {

    public static final ClientSupport NONE = new ClientSupport(false, false, false, false, false, false);

    public static ClientSupport of(ClientCapabilities capabilities) {
        if (capabilities == null) {
            return NONE;
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
                workspace.map(WorkspaceClientCapabilities::getApplyEdit).orElse(false));
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
