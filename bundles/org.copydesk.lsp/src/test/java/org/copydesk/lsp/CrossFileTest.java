package org.copydesk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.copydesk.core.config.Config;
import org.copydesk.lsp.actions.CodeActions;
import org.copydesk.lsp.testing.Editor;
import org.copydesk.lsp.testing.LspSession;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies across the drafts of a workspace folder: reported in the later file with the other file as related
 * information, kept current from the editor's unsaved text and from the files watched on disk, with the core's
 * fixes, "go to the other copy", {@code scope: file} and {@code allow}.
 */
class CrossFileTest {
    static final String PIER = "The harbour master said the new pier would open in the spring after two years of repairs.";
    static final String EARLIER = "# Harbour\n\n" + PIER + "\n\nFishing boats will moor on the east side while the ferry keeps the west berth.\n";
    static final String LATER = "# Ferry\n\nThe ferry timetable changes on Monday, with an extra crossing every evening for commuters.\n\n" + PIER + "\n";
    /** The earlier draft without the paragraph the later one copies. */
    static final String EARLIER_REWRITTEN = "# Harbour\n\nFishing boats will moor on the east side while the ferry keeps the west berth.\n";

    @TempDir
    Path folder;
    Path earlier;
    Path later;
    LspSession session;

    @BeforeEach
    void drafts() throws Exception {
        earlier = write(folder.resolve("a-harbour.md"), EARLIER);
        later = write(folder.resolve("b-ferry.md"), LATER);
        session = LspSession.inProcess();
    }

    @AfterEach
    void stop() {
        assertEquals(0, session.shutdownAndExit());
        session.close();
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static boolean hasCopy(PublishDiagnosticsParams published) {
        return published.getDiagnostics().stream().anyMatch(d -> "duplicate-paragraph".equals(d.getCode().getLeft()));
    }

    /** Waits until the index has searched after everything so far, and the checks it caused have been published. */
    private void awaitSearched(int logLinesBefore, String uri) {
        session.client.awaitLogged("copies across files", logLinesBefore);
        session.codeActions(uri, Editor.at(0, 0), null); // runs on the checking thread, after the checks queued before it
    }

    @Test
    void copyOfAClosedFilesParagraph_isReportedInTheLaterFile_withTheOtherFileAsRelated() {
        session.initialize(folder);
        String uri = session.open(later);
        Diagnostic copy = session.client.await(uri, CrossFileTest::hasCopy).getDiagnostics().get(0);
        assertEquals(4, copy.getRange().getStart().getLine());
        assertTrue(copy.getMessage().getLeft().contains("line 3 of a-harbour.md"), copy.getMessage().getLeft());
        DiagnosticRelatedInformation related = copy.getRelatedInformation().get(0);
        assertEquals(earlier.toUri().toString(), related.getLocation().getUri());
        assertEquals(2, related.getLocation().getRange().getStart().getLine());

        String earlierUri = session.open(earlier);
        assertEquals(List.of(), session.client.awaitCount(earlierUri, 0).getDiagnostics(), "the earlier file holds the first occurrence");
    }

    @Test
    void editInTheEarlierOpenFile_republishesTheLaterOne() {
        session.initialize(folder);
        String earlierUri = session.open(earlier);
        String uri = session.open(later);
        session.client.await(uri, CrossFileTest::hasCopy);

        session.change(earlierUri, 2, List.of(new TextDocumentContentChangeEvent(EARLIER_REWRITTEN)));
        session.client.await(uri, p -> !hasCopy(p));
        assertEquals(1, session.client.last(uri).getVersion(), "the later file did not change: its own version is published again");

        session.change(earlierUri, 3, List.of(new TextDocumentContentChangeEvent(EARLIER)));
        session.client.await(uri, CrossFileTest::hasCopy);
    }

    @Test
    void editInTheLaterFile_keepsTheCopyWhereItMoved_andDropsItWhenItIsRewritten() {
        session.initialize(folder);
        String uri = session.open(later);
        session.client.await(uri, CrossFileTest::hasCopy);

        String grown = "# Ferry\n\nA new first paragraph about the weather on the crossing and the gulls.\n\n" + LATER.substring("# Ferry\n\n".length());
        session.change(uri, 2, List.of(new TextDocumentContentChangeEvent(grown)));
        PublishDiagnosticsParams moved = session.client.await(uri, p -> p.getVersion() == 2);
        assertEquals(6, moved.getDiagnostics().stream().filter(d -> "duplicate-paragraph".equals(d.getCode().getLeft()))
                .findFirst().orElseThrow().getRange().getStart().getLine(), "published at once where the copy is now");

        String rewritten = grown.replace(PIER, "The pier opens in May, the council said on Tuesday after its meeting.");
        session.change(uri, 3, List.of(new TextDocumentContentChangeEvent(rewritten)));
        assertTrue(!hasCopy(session.client.await(uri, p -> p.getVersion() == 3)));
    }

    @Test
    void deletedAndCreatedFiles_onDisk_changeTheCopies() throws Exception {
        session.initialize(folder);
        String uri = session.open(later);
        session.client.await(uri, CrossFileTest::hasCopy);

        Files.delete(earlier);
        session.watched(earlier, FileChangeType.Deleted);
        session.client.await(uri, p -> !hasCopy(p));

        Path another = write(folder.resolve("a-chapters/pier.md"), "# Pier\n\n" + PIER + "\n\nThe gulls stayed.\n");
        session.watched(another, FileChangeType.Created);
        Diagnostic copy = session.client.await(uri, CrossFileTest::hasCopy).getDiagnostics().get(0);
        assertTrue(copy.getMessage().getLeft().contains("a-chapters/pier.md"), copy.getMessage().getLeft());
        assertEquals(another.toUri().toString(), copy.getRelatedInformation().get(0).getLocation().getUri());

        Files.writeString(another, "# Pier\n\nThe gulls stayed on the roof of the harbour office all through the winter.\n");
        session.watched(another, FileChangeType.Changed);
        session.client.await(uri, p -> !hasCopy(p));
    }

    @Test
    void codeActions_removeTheCopy_andGoToTheOtherCopy() {
        session.initialize(folder);
        String uri = session.open(later);
        Diagnostic copy = session.client.await(uri, CrossFileTest::hasCopy).getDiagnostics().get(0);

        var actions = session.codeActions(uri, copy.getRange(), null);
        CodeAction goTo = Editor.titled(actions, "Go to the other copy");
        assertEquals("Go to the other copy (a-harbour.md, line 3)", goTo.getTitle());
        assertEquals(CodeActions.SHOW_OTHER_COPY_COMMAND, goTo.getCommand().getCommand());
        Object shown = LspSession.get(session.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(goTo.getCommand().getCommand(), goTo.getCommand().getArguments())));
        assertTrue(shown != null);
        ShowDocumentParams show = session.client.documentsShown.get(0);
        assertEquals(earlier.toUri().toString(), show.getUri());
        assertEquals(2, show.getSelection().getStart().getLine());
        assertTrue(show.getTakeFocus());

        // the copy carries no word of its own: the core's automatic fix removes it
        CodeAction remove = Editor.titled(actions, "Remove duplicate paragraph");
        assertTrue(remove.getIsPreferred());
        String fixed = Editor.apply(LATER, 1, uri, remove.getEdit());
        assertTrue(!fixed.contains(PIER), fixed);
        session.change(uri, 2, Editor.changes(LATER, uri, remove.getEdit()));
        assertTrue(!hasCopy(session.client.await(uri, p -> p.getVersion() == 2)));
    }

    @Test
    void goToTheOtherCopy_inAnEditorThatCannotShowDocuments_saysWhereItIs() {
        var capabilities = LspSession.capabilities();
        capabilities.getWindow().setShowDocument(null);
        session.initialize(List.of(folder), capabilities);
        String uri = session.open(later);
        Diagnostic copy = session.client.await(uri, CrossFileTest::hasCopy).getDiagnostics().get(0);
        CodeAction goTo = Editor.titled(session.codeActions(uri, copy.getRange(), null), "Go to the other copy");
        LspSession.get(session.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(goTo.getCommand().getCommand(), goTo.getCommand().getArguments())));
        session.client.awaitShown("The other copy is at line 3 of " + earlier);
        assertEquals(List.of(), session.client.documentsShown);
    }

    @Test
    void copyWithWordsOfItsOwn_isOnlySuggestedForRemoval() throws Exception {
        Files.writeString(later, LATER.replace(PIER, PIER.replace("two years", "two long years")));
        session.initialize(folder);
        String uri = session.open(later);
        Diagnostic copy = session.client.await(uri, CrossFileTest::hasCopy).getDiagnostics().get(0);
        List<String> titles = Editor.titles(session.codeActions(uri, copy.getRange(), null));
        assertTrue(titles.contains("Remove this copy"), titles.toString());
        assertTrue(!titles.contains("Remove duplicate paragraph"), titles.toString());
    }

    @Test
    void scopeFile_turnsItOff_untilTheConfigSaysOtherwise() throws Exception {
        Path config = Files.writeString(folder.resolve(Config.FILE_NAME), "rules:\n  duplicate-paragraph:\n    scope: file\n");
        session.initialize(folder);
        session.server.setTrace(new SetTraceParams("verbose"));
        String uri = session.open(later);
        awaitSearched(0, uri);
        assertTrue(!hasCopy(session.client.awaitCount(uri, 0)));

        Files.writeString(config, "rules:\n  duplicate-paragraph:\n    scope: project\n");
        session.watched(config, FileChangeType.Changed);
        session.client.await(uri, CrossFileTest::hasCopy);
    }

    @Test
    void editorSettings_scopeFile_turnsItOff_andBackOn() {
        session.initialize(folder);
        String uri = session.open(later);
        session.client.await(uri, CrossFileTest::hasCopy);
        session.server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                com.google.gson.JsonParser.parseString("{\"copydesk\":{\"rules\":{\"duplicate-paragraph\":{\"scope\":\"file\"}}}}")));
        session.client.await(uri, p -> !hasCopy(p));
        session.server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                com.google.gson.JsonParser.parseString("{\"copydesk\":{}}")));
        session.client.await(uri, CrossFileTest::hasCopy);
    }

    @Test
    void allowList_letsTheFilesRepeatEachOther() throws Exception {
        Files.writeString(folder.resolve(Config.FILE_NAME), "rules:\n  duplicate-paragraph:\n    allow: [\"*.md\"]\n");
        write(folder.resolve("notes/c-later.txt"), "Notes\n\n" + PIER + "\n\nNothing else was said at the meeting on the quay.\n");
        session.initialize(folder);
        session.server.setTrace(new SetTraceParams("verbose"));
        String uri = session.open(later);
        String outside = session.open(folder.resolve("notes/c-later.txt"));
        session.client.await(outside, CrossFileTest::hasCopy); // a file the glob does not name is still checked
        awaitSearched(0, uri);
        assertTrue(!hasCopy(session.client.last(uri)));
    }

    @Test
    void readingTheFolders_reportsProgress_andWatchesTheDrafts() {
        session.initialize(folder);
        String uri = session.open(later);
        session.client.await(uri, CrossFileTest::hasCopy);
        List<WorkDoneProgressNotification> progress = session.client.progress.stream().map(p -> p.getValue().getLeft()).toList();
        assertTrue(progress.get(0) instanceof WorkDoneProgressBegin begin && begin.getTitle().contains("reading the drafts"), progress.toString());
        assertTrue(progress.get(progress.size() - 1) instanceof WorkDoneProgressEnd end && end.getMessage().contains("2 drafts"), progress.toString());
        List<String> globs = new java.util.ArrayList<>();
        session.client.registrations.stream().flatMap(r -> r.getRegistrations().stream())
                .map(r -> new com.google.gson.Gson().toJsonTree(r.getRegisterOptions()).getAsJsonObject().getAsJsonArray("watchers"))
                .forEach(watchers -> watchers.forEach(w -> globs.add(w.getAsJsonObject().get("globPattern").getAsString())));
        assertTrue(globs.stream().anyMatch(g -> g.contains("md") && g.contains("adoc") && g.contains("txt")), globs.toString());
    }

    @Test
    void eachWorkspaceFolderIsAProject_andAFolderAddedLaterIsRead() throws Exception {
        Path other = folder.resolveSibling(folder.getFileName() + "-second");
        Path otherEarlier = write(other.resolve("a-harbour.md"), EARLIER);
        Path otherLater = write(other.resolve("b-ferry.md"), LATER);
        Files.delete(earlier);
        try {
            session.initialize(List.of(folder), LspSession.capabilities());
            session.server.setTrace(new SetTraceParams("verbose"));
            String uri = session.open(later);
            awaitSearched(0, uri);
            assertTrue(!hasCopy(session.client.last(uri)), "a copy of a file outside the workspace folders is not reported");

            WorkspaceFoldersChangeEvent added = new WorkspaceFoldersChangeEvent(List.of(new WorkspaceFolder(other.toUri().toString(), "second")), List.of());
            session.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(added));
            String otherUri = session.open(otherLater);
            Diagnostic copy = session.client.await(otherUri, CrossFileTest::hasCopy).getDiagnostics().get(0);
            assertEquals(otherEarlier.toUri().toString(), copy.getRelatedInformation().get(0).getLocation().getUri());
            assertTrue(!hasCopy(session.client.last(uri)), "folders are projects of their own");
        } finally {
            Files.deleteIfExists(otherEarlier);
            Files.deleteIfExists(otherLater);
            Files.deleteIfExists(other);
        }
    }

    @Test
    void checkWorkspace_reportsCopiesInClosedFiles_andKeepsThemCurrent() throws Exception {
        session.initialize(folder);
        session.server.setTrace(new SetTraceParams("verbose"));
        String scratch = session.open(folder.resolve("scratch.txt"), "Nothing.\n");
        awaitSearched(0, scratch);
        LspSession.get(session.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(CopydeskLanguageServer.CHECK_FOLDERS_COMMAND, List.of())));
        String uri = later.toUri().toString();
        Diagnostic copy = session.client.await(uri, CrossFileTest::hasCopy).getDiagnostics().get(0);
        assertEquals(earlier.toUri().toString(), copy.getRelatedInformation().get(0).getLocation().getUri());

        Files.delete(earlier);
        session.watched(earlier, FileChangeType.Deleted);
        session.client.await(uri, p -> !hasCopy(p));
        assertEquals(List.of(), session.client.last(earlier.toUri().toString()).getDiagnostics(), "a deleted file's diagnostics are cleared");
    }
}
