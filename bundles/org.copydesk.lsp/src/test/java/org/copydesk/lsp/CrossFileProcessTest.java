package org.copydesk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.copydesk.lsp.testing.LspSession;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies across files through the server as an editor runs it, a separate process over standard input and
 * output: the copy is reported in the later file, pointing at the earlier one; an edit of the earlier open file
 * that removes the paragraph clears it and one that puts it back brings it back; the earlier file closed and then
 * deleted on disk (the watcher's notification) clears it for good.
 */
class CrossFileProcessTest {
    @TempDir
    Path folder;

    private static boolean hasCopy(PublishDiagnosticsParams published) {
        return published.getDiagnostics().stream().anyMatch(d -> "duplicate-paragraph".equals(d.getCode().getLeft()));
    }

    @Test
    void copyInTheLaterFile_followsEditsCloseAndDeletionOfTheEarlierOne() throws Exception {
        Path earlier = Files.writeString(folder.resolve("a-harbour.md"), CrossFileTest.EARLIER, StandardCharsets.UTF_8);
        Path later = Files.writeString(folder.resolve("b-ferry.md"), CrossFileTest.LATER, StandardCharsets.UTF_8);
        try (LspSession session = LspSession.process()) {
            session.initialize(folder);
            String earlierUri = session.open(earlier);
            String uri = session.open(later);

            Diagnostic copy = session.client.await(uri, CrossFileProcessTest::hasCopy).getDiagnostics().get(0);
            assertEquals(4, copy.getRange().getStart().getLine());
            assertEquals(earlier.toUri().toString(), copy.getRelatedInformation().get(0).getLocation().getUri());
            assertEquals(2, copy.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine());
            assertEquals(List.of(), session.client.awaitCount(earlierUri, 0).getDiagnostics());

            // "Go to the other copy": the server asks the editor to show the earlier file at the paragraph
            CodeAction goTo = org.copydesk.lsp.testing.Editor.titled(session.codeActions(uri, copy.getRange(), null), "Go to the other copy");
            LspSession.get(session.server.getWorkspaceService().executeCommand(
                    new ExecuteCommandParams(goTo.getCommand().getCommand(), goTo.getCommand().getArguments())));
            assertEquals(earlier.toUri().toString(), session.client.documentsShown.get(0).getUri());
            assertEquals(2, session.client.documentsShown.get(0).getSelection().getStart().getLine());

            // unsaved edits of the earlier file count
            session.change(earlierUri, 2, List.of(new TextDocumentContentChangeEvent(CrossFileTest.EARLIER_REWRITTEN)));
            session.client.await(uri, p -> !hasCopy(p));
            session.change(earlierUri, 3, List.of(new TextDocumentContentChangeEvent(CrossFileTest.EARLIER)));
            session.client.await(uri, CrossFileProcessTest::hasCopy);

            // closed, the earlier file counts as it is on disk (it still has the paragraph); deleted, it no longer does
            session.close(earlierUri);
            session.change(uri, 2, List.of(new TextDocumentContentChangeEvent(CrossFileTest.LATER + "\n")));
            session.client.await(uri, p -> p.getVersion() == 2 && hasCopy(p));
            Files.delete(earlier);
            session.watched(earlier, FileChangeType.Deleted);
            session.client.await(uri, p -> !hasCopy(p));

            assertEquals(0, session.shutdownAndExit());
        }
    }
}
