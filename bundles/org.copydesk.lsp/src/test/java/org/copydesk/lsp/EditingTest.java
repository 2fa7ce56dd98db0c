package org.copydesk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.lsp.documents.Diagnostics;
import org.copydesk.lsp.testing.Drafts;
import org.copydesk.lsp.testing.Editor;
import org.copydesk.lsp.testing.LspSession;
import org.copydesk.lsp.text.Positions;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typing, hovering and fixing in one document. */
class EditingTest {
    @TempDir
    Path folder;
    LspSession session = LspSession.inProcess();

    @AfterEach
    void stop() {
        assertEquals(0, session.shutdownAndExit());
        session.close();
    }

    @Test
    void aBurstOfKeystrokes_isCheckedAsOne_andOnlyTheNewestTextIsPublished() {
        session.initialize(folder);
        Path file = Drafts.example(folder);
        String text = Drafts.resource("examples/" + Drafts.EXAMPLE + ".txt");
        String uri = session.open(file, text);
        session.client.awaitCount(uri, 9);
        // type "Breaking: " at the start of line 13 (a copy), one character per change, as an editor sends them
        String typed = "Breaking: ";
        for (int i = 0; i < typed.length(); i++) {
            session.change(uri, 2 + i, List.of(new TextDocumentContentChangeEvent(Editor.at(12, i), typed.substring(i, i + 1))));
        }
        int last = 1 + typed.length();
        PublishDiagnosticsParams published = session.client.await(uri, p -> p.getVersion() == last);
        List<PublishDiagnosticsParams> all = session.client.all(uri);
        assertTrue(all.size() < 1 + typed.length(), "the burst was gathered: " + all.size() + " publications");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).getVersion() > all.get(i - 1).getVersion(), "never an older version after a newer one");
        }
        String edited = Editor.apply(text, List.of(new org.eclipse.lsp4j.TextEdit(Editor.at(12, 0), typed)));
        CheckResult expected = new Checker(Config.defaults()).check(file.toString(), edited);
        assertEquals(Diagnostics.of(uri, expected.findings(), new Positions(edited), org.copydesk.lsp.documents.OtherFiles.NONE), published.getDiagnostics());
    }

    @Test
    void hover_showsTheMessageFirst_thenTheRulesPage() {
        session.initialize(folder);
        String uri = session.open(Drafts.example(folder));
        session.client.awaitCount(uri, 9);
        Hover hover = LspSession.get(session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(12, 5))));
        String markdown = hover.getContents().getRight().getValue();
        assertTrue(markdown.startsWith("**Duplicate of the paragraph at line 5**"), markdown);
        assertTrue(markdown.indexOf("### duplicate-paragraph") > markdown.indexOf("Fixes: Remove duplicate paragraph"), markdown);
        assertEquals(new Range(new Position(12, 0), new Position(12, 184)), hover.getRange());
        assertNull(LspSession.get(session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 2)))));
    }

    @Test
    void fixAllOfARule_inTheFile_leavesTheOthers_andPlainEditsForClientsWithoutVersions() {
        session.initialize(List.of(folder), new ClientCapabilities());
        Path file = Drafts.example(folder);
        String text = Drafts.resource("examples/" + Drafts.EXAMPLE + ".txt");
        String uri = session.open(file, text);
        session.client.awaitCount(uri, 9);
        List<?> actions = session.codeActions(uri, Editor.at(15, 10), null);
        CodeAction all = Editor.titled(session.codeActions(uri, Editor.at(15, 10), null), "Remove duplicate paragraph: all 8 in this file");
        assertNull(all.getEdit().getDocumentChanges());
        assertNotNull(all.getEdit().getChanges().get(uri));
        String fixed = Editor.apply(text, 1, uri, all.getEdit());
        session.change(uri, 2, List.of(new TextDocumentContentChangeEvent(fixed)));
        PublishDiagnosticsParams left = session.client.await(uri, p -> p.getVersion() == 2);
        assertEquals(List.of("cms-footer"), left.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList(), actions.toString());
        CodeAction fixAll = Editor.titled(session.codeActions(uri, Editor.at(0, 0), List.of("source")), "Fix all automatic Copydesk fixes");
        assertNotNull(fixAll.getEdit(), "a client that cannot resolve gets the edit at once");
        assertEquals(Drafts.exampleFixed(), Editor.apply(fixed, 2, uri, fixAll.getEdit()));
    }
}
