package org.copydesk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.copydesk.lsp.actions.CodeActions;
import org.copydesk.lsp.testing.Drafts;
import org.copydesk.lsp.testing.Editor;
import org.copydesk.lsp.testing.LspSession;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as an editor runs it: a separate {@code java} process on standard input and output, driven by an
 * LSP4J client through open → diagnostics → code action → apply the edit → diagnostics cleared, on the example
 * article and on a Markdown and an AsciiDoc draft.
 */
class RealClientProcessTest {
    @TempDir
    static Path folder;
    static LspSession session;

    @BeforeAll
    static void start() {
        session = LspSession.process();
        assertEquals("copydesk", session.initialize(folder).getServerInfo().getName());
    }

    @AfterAll
    static void stop() {
        assertEquals(0, session.shutdownAndExit(), "exit status after shutdown and exit");
        session.close();
    }

    @Test
    void exampleArticle_quickFixThenFixAll_clearsEveryFinding() throws Exception {
        Path file = Drafts.example(folder);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String uri = session.open(file, text);
        Map<String, Integer> expected = Drafts.expectedExampleCounts();
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();

        PublishDiagnosticsParams first = session.client.awaitCount(uri, total);
        assertEquals(1, first.getVersion());
        assertEquals(expected, countByRule(first.getDiagnostics()));
        Diagnostic copy = first.getDiagnostics().stream().filter(d -> d.getRange().getStart().getLine() == 12).findFirst().orElseThrow();
        assertEquals("duplicate-paragraph", copy.getCode().getLeft());
        assertEquals(4, copy.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine(), "the first occurrence, line 5");

        // the quick fix on line 13, applied as an editor applies it: the edit names version 1
        CodeAction remove = Editor.titled(session.codeActions(uri, Editor.at(12, 0), null), "Remove duplicate paragraph");
        assertEquals(CodeActionKind.QuickFix, remove.getKind());
        assertTrue(remove.getIsPreferred());
        String afterOne = Editor.apply(text, 1, uri, remove.getEdit());
        session.change(uri, 2, Editor.changes(text, uri, remove.getEdit()));
        PublishDiagnosticsParams second = session.client.await(uri, p -> p.getVersion() == 2);
        assertEquals(total - 1, second.getDiagnostics().size());
        // the same action is stale now: an editor refuses it rather than apply it to moved text
        assertThrows(IllegalStateException.class, () -> Editor.apply(afterOne, 2, uri, remove.getEdit()));

        // source.fixAll.copydesk, resolved (its edit is worked out when picked), applied, saved: what copydesk fix gives
        CodeAction fixAll = Editor.titled(session.codeActions(uri, Editor.at(0, 0), List.of(CodeActionKind.SourceFixAll)), "Fix all");
        assertEquals(CodeActions.FIX_ALL_KIND, fixAll.getKind());
        CodeAction resolved = LspSession.get(session.server.getTextDocumentService().resolveCodeAction(fixAll));
        TextDocumentEdit edit = resolved.getEdit().getDocumentChanges().get(0).getLeft();
        assertEquals(2, edit.getTextDocument().getVersion());
        String fixed = Editor.apply(afterOne, 2, uri, resolved.getEdit());
        session.change(uri, 3, Editor.changes(afterOne, uri, resolved.getEdit()));
        PublishDiagnosticsParams cleared = session.client.await(uri, p -> p.getVersion() == 3);
        assertEquals(List.of(), cleared.getDiagnostics());
        assertEquals(Drafts.exampleFixed(), fixed);
    }

    @Test
    void markdownDraft_fixAllThenIgnoreTheQuote() {
        fixAllThenIgnoreTheQuote("drafts/harbour.md", "drafts/harbour.fixed.md", 3, "<!-- copydesk-disable-next-line unattributed-quote -->");
    }

    @Test
    void asciiDocDraft_fixAllThenIgnoreTheQuote() {
        fixAllThenIgnoreTheQuote("drafts/orchard.adoc", "drafts/orchard.fixed.adoc", 2, "// copydesk-disable-next-line unattributed-quote");
    }

    private static void fixAllThenIgnoreTheQuote(String draft, String fixedDraft, int findings, String comment) {
        Path file = Drafts.copy(draft, folder);
        String text = Drafts.resource(draft);
        String uri = session.open(file, text);
        session.client.awaitCount(uri, findings);

        CodeAction fixAll = Editor.titled(session.codeActions(uri, Editor.at(0, 0), List.of(CodeActions.FIX_ALL_KIND)), "Fix all");
        fixAll = LspSession.get(session.server.getTextDocumentService().resolveCodeAction(fixAll));
        String fixed = Editor.apply(text, 1, uri, fixAll.getEdit());
        assertEquals(Drafts.resource(fixedDraft), fixed);
        session.change(uri, 2, Editor.changes(text, uri, fixAll.getEdit()));
        PublishDiagnosticsParams left = session.client.await(uri, p -> p.getVersion() == 2);
        assertEquals(List.of("unattributed-quote"), left.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList());

        // a quotation's fixes are suggestions: all of them are offered, the rule's own "ignore" among them
        Diagnostic quote = left.getDiagnostics().get(0);
        List<String> titles = Editor.titles(session.codeActions(uri, quote.getRange(), List.of(CodeActionKind.QuickFix)));
        assertTrue(titles.containsAll(List.of("Add attribution", "Make it plain text", "Ignore this quote")), titles.toString());
        CodeAction ignore = Editor.titled(session.codeActions(uri, quote.getRange(), null), "Ignore this quote");
        String ignored = Editor.apply(fixed, 2, uri, ignore.getEdit());
        assertTrue(ignored.contains(comment + "\n\"" ), ignored);
        session.change(uri, 3, Editor.changes(fixed, uri, ignore.getEdit()));
        assertNotNull(session.client.await(uri, p -> p.getVersion() == 3 && p.getDiagnostics().isEmpty()));
    }

    private static Map<String, Integer> countByRule(List<Diagnostic> diagnostics) {
        return diagnostics.stream().collect(Collectors.groupingBy(d -> d.getCode().getLeft(), java.util.LinkedHashMap::new,
                Collectors.summingInt(d -> 1)));
    }
}
