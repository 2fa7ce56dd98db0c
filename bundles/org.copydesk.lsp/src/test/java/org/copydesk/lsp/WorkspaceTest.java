package org.copydesk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.rules.BuiltInRules;
import org.copydesk.lsp.actions.Ignores;
import org.copydesk.lsp.testing.Drafts;
import org.copydesk.lsp.testing.Editor;
import org.copydesk.lsp.testing.LspSession;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** The workspace folders checked on request, with progress, in a multi-root workspace; "ignore" in plain text. */
class WorkspaceTest {
    @TempDir
    Path root;
    Path first;
    Path second;
    LspSession session;

    @BeforeEach
    void start() throws Exception {
        first = Files.createDirectories(root.resolve("first"));
        second = Files.createDirectories(root.resolve("second"));
        session = LspSession.inProcess();
        session.initialize(List.of(first, second), LspSession.capabilities());
    }

    @AfterEach
    void stop() {
        assertEquals(0, session.shutdownAndExit());
        session.close();
    }

    private JsonObject checkWorkspace() {
        Object result = LspSession.get(session.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(CopydeskLanguageServer.CHECK_FOLDERS_COMMAND, List.of())));
        return new com.google.gson.Gson().toJsonTree(result).getAsJsonObject();
    }

    @Test
    void checkWorkspace_checksTheDraftsOfEveryFolder_withProgress() throws Exception {
        Path example = Drafts.example(first);
        Path markdown = Drafts.copy("drafts/harbour.md", Files.createDirectories(second.resolve("notes")));
        Files.createDirectories(second.resolve(".git"));
        Drafts.copy("drafts/orchard.adoc", second.resolve(".git"));
        Files.writeString(second.resolve("image.png"), "not a draft");

        JsonObject summary = checkWorkspace();
        assertEquals(2, summary.get("files").getAsInt(), summary.toString());
        assertEquals(9 + 3, summary.get("findings").getAsInt(), summary.toString());
        assertEquals(9, session.client.last(example.toUri().toString()).getDiagnostics().size());
        assertEquals(3, session.client.last(markdown.toUri().toString()).getDiagnostics().size());
        List<WorkDoneProgressNotification> progress = session.client.progress.stream()
                .filter(p -> p.getToken().getLeft().startsWith("copydesk-check-")) // not the index reading the folders
                .map(p -> p.getValue().getLeft()).toList();
        assertTrue(progress.get(0) instanceof WorkDoneProgressBegin, progress.toString());
        assertTrue(progress.get(progress.size() - 1) instanceof WorkDoneProgressEnd, progress.toString());
        assertEquals(4, progress.size(), "begin, a report per draft, end");

        // a folder taken out of the workspace is no longer checked
        WorkspaceFoldersChangeEvent removed = new WorkspaceFoldersChangeEvent(List.of(), List.of(new WorkspaceFolder(second.toUri().toString(), "second")));
        session.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(removed));
        assertEquals(1, checkWorkspace().get("files").getAsInt());
    }

    @Test
    void openDraft_isCheckedAsTheEditorHasIt_andKeepsItsDiagnosticsFromDiskWhenClosed() throws Exception {
        Path example = Drafts.example(first);
        String uri = session.open(example, "Nothing to see here.\n");
        session.client.awaitCount(uri, 0);
        assertEquals(0, checkWorkspace().get("findings").getAsInt(), "the open, unsaved text is what counts");
        session.server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(new org.eclipse.lsp4j.TextDocumentIdentifier(uri)));
        session.client.awaitCount(uri, 0);
        checkWorkspace();
        session.client.awaitCount(uri, 9);
        String reopened = session.open(example);
        session.server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(new org.eclipse.lsp4j.TextDocumentIdentifier(reopened)));
        assertEquals(9, session.client.await(uri, p -> p.getVersion() == null).getDiagnostics().size(),
                "a draft the workspace check reported keeps its findings when closed");
    }

    @Test
    void ignoreInPlainText_addsTheQuotationOrTheFileToTheConfig() throws Exception {
        Path draft = first.resolve("interview.txt");
        Files.writeString(draft, "The mayor opened the bridge on Monday.\n\n\"We will not close it again for years.\"\n", StandardCharsets.UTF_8);
        String uri = session.open(draft);
        var quote = session.client.awaitCount(uri, 1).getDiagnostics().get(0);
        CodeAction ignore = Editor.titled(session.codeActions(uri, quote.getRange(), null), "Ignore this quotation in .copydesk.yaml");
        assertEquals(Ignores.COMMAND, ignore.getCommand().getCommand());
        LspSession.get(session.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(ignore.getCommand().getCommand(), ignore.getCommand().getArguments())));
        Path config = first.resolve(Config.FILE_NAME);
        Config written = new ConfigLoader(BuiltInRules.all()).load(config);
        assertEquals(List.of("\"We will not close it again for years.\""), written.rule("unattributed-quote").options().get("ignore"));
        session.client.awaitCount(uri, 0);

        Path copies = first.resolve("copies.txt");
        Files.writeString(copies, Drafts.resource("examples/" + Drafts.EXAMPLE + ".txt"), StandardCharsets.UTF_8);
        String copiesUri = session.open(copies);
        var duplicate = session.client.awaitCount(copiesUri, 9).getDiagnostics().get(0);
        CodeAction ignoreFile = Editor.titled(session.codeActions(copiesUri, duplicate.getRange(), null), "Ignore this file in .copydesk.yaml");
        LspSession.get(session.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(ignoreFile.getCommand().getCommand(), ignoreFile.getCommand().getArguments())));
        assertEquals(List.of("copies.txt"), new ConfigLoader(BuiltInRules.all()).load(config).ignore());
        session.client.awaitCount(copiesUri, 0);
        session.client.awaitCount(uri, 0);
    }
}
