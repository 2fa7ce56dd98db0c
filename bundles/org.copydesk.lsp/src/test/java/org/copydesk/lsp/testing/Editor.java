package org.copydesk.lsp.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.copydesk.lsp.text.Positions;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** What an editor does with a workspace edit: applies its text edits to a buffer, refusing a stale version. */
public final class Editor {
    private Editor() {
    }

    /** The text after {@code edit}'s changes to {@code uri}; fails if the edit names another version than {@code version}. */
    public static String apply(String text, int version, String uri, WorkspaceEdit edit) {
        List<TextEdit> edits = new ArrayList<>();
        if (edit.getDocumentChanges() != null) {
            for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
                TextDocumentEdit documentEdit = change.getLeft();
                if (documentEdit.getTextDocument().getUri().equals(uri)) {
                    Integer editVersion = documentEdit.getTextDocument().getVersion();
                    if (editVersion != null && editVersion != version) {
                        throw new IllegalStateException("stale edit: version " + editVersion + ", buffer at " + version);
                    }
                    for (Either<TextEdit, SnippetTextEdit> e : documentEdit.getEdits()) {
                        edits.add(e.getLeft());
                    }
                }
            }
        }
        if (edit.getChanges() != null) {
            for (Map.Entry<String, List<TextEdit>> entry : edit.getChanges().entrySet()) {
                if (entry.getKey().equals(uri)) {
                    edits.addAll(entry.getValue());
                }
            }
        }
        return apply(text, edits);
    }

    /** Applies edits that do not overlap, as the protocol has them: all positions refer to the text before. */
    public static String apply(String text, List<TextEdit> edits) {
        Positions positions = new Positions(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((TextEdit e) -> positions.offset(e.getRange().getStart())));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (TextEdit e : sorted) {
            int start = positions.offset(e.getRange().getStart());
            int end = positions.offset(e.getRange().getEnd());
            if (start < at) {
                throw new IllegalStateException("overlapping edits: " + edits);
            }
            out.append(text, at, start).append(e.getNewText());
            at = end;
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The edits of {@code edit} to {@code uri} as the changes an editor sends after applying them: last first. */
    public static List<org.eclipse.lsp4j.TextDocumentContentChangeEvent> changes(String text, String uri, WorkspaceEdit edit) {
        Positions positions = new Positions(text);
        List<TextEdit> edits = new ArrayList<>();
        if (edit.getDocumentChanges() != null) {
            edit.getDocumentChanges().stream().map(Either::getLeft).filter(e -> e.getTextDocument().getUri().equals(uri))
                    .forEach(e -> e.getEdits().forEach(x -> edits.add(x.getLeft())));
        }
        if (edit.getChanges() != null && edit.getChanges().get(uri) != null) {
            edits.addAll(edit.getChanges().get(uri));
        }
        edits.sort(Comparator.comparing((TextEdit e) -> positions.offset(e.getRange().getStart())).reversed());
        return edits.stream().map(e -> new org.eclipse.lsp4j.TextDocumentContentChangeEvent(e.getRange(), e.getNewText())).toList();
    }

    public static CodeAction titled(List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions, String titleStart) {
        return actions.stream().filter(Either::isRight).map(Either::getRight).filter(a -> a.getTitle().startsWith(titleStart))
                .findFirst().orElseThrow(() -> new AssertionError("no action '" + titleStart + "…' in " + titles(actions)));
    }

    public static List<String> titles(List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions) {
        return actions.stream().map(a -> a.isRight() ? a.getRight().getTitle() : a.getLeft().getTitle()).toList();
    }

    public static Range at(int line, int character) {
        return new Range(new Position(line, character), new Position(line, character));
    }
}
