package org.copydesk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.copydesk.lsp.testing.Drafts;
import org.copydesk.lsp.testing.LspSession;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/** {@code .copydesk.yaml} found and watched, the editor's settings under it, and a config Copydesk cannot use. */
class ConfigurationTest {
    @TempDir
    Path folder;
    LspSession session;

    @BeforeEach
    void start() {
        session = LspSession.inProcess();
        session.initialize(folder);
    }

    @AfterEach
    void stop() {
        assertEquals(0, session.shutdownAndExit());
        session.close();
    }

    private void configChanged(Path config, FileChangeType type) {
        session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(new FileEvent(config.toUri().toString(), type))));
    }

    private void settings(String json) {
        session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString(json)));
    }

    @Test
    void configFile_isFoundAboveTheDraft_andWatched() throws Exception {
        Path config = folder.resolve(".copydesk.yaml");
        Files.writeString(config, "rules:\n  duplicate-paragraph: error\n");
        Path drafts = Files.createDirectories(folder.resolve("drafts"));
        String uri = session.open(Drafts.copy("drafts/harbour.md", drafts));
        PublishDiagnosticsParams first = session.client.awaitCount(uri, 3);
        assertEquals(DiagnosticSeverity.Error, severityOf(first, "duplicate-paragraph"));
        assertTrue(session.client.registrations.stream().anyMatch(r -> r.getRegistrations().get(0).getMethod().equals("workspace/didChangeWatchedFiles")));

        Files.writeString(config, "rules:\n  duplicate-paragraph: info\n  cms-footer: off\n");
        configChanged(config, FileChangeType.Changed);
        PublishDiagnosticsParams changed = session.client.awaitCount(uri, 2);
        assertEquals(DiagnosticSeverity.Information, severityOf(changed, "duplicate-paragraph"));

        Files.delete(config);
        configChanged(config, FileChangeType.Deleted);
        assertEquals(DiagnosticSeverity.Warning, severityOf(session.client.awaitCount(uri, 3), "duplicate-paragraph"));
    }

    @Test
    void editorSettings_countOnlyForWhatTheFileDoesNotSay() throws Exception {
        Files.writeString(folder.resolve(".copydesk.yaml"), "rules:\n  duplicate-paragraph: warning\n");
        String uri = session.open(Drafts.copy("drafts/harbour.md", folder));
        session.client.awaitCount(uri, 3);
        settings("{\"copydesk\":{\"rules\":{\"duplicate-paragraph\":\"off\",\"cms-footer\":\"off\",\"unattributed-quote\":{\"severity\":\"error\"}}}}");
        PublishDiagnosticsParams after = session.client.awaitCount(uri, 2);
        assertEquals(DiagnosticSeverity.Warning, severityOf(after, "duplicate-paragraph"), "the file names this rule: it wins");
        assertEquals(DiagnosticSeverity.Error, severityOf(after, "unattributed-quote"), "the file says nothing of this one");
    }

    @Test
    void badConfig_isADiagnosticOnTheFileAndAMessage_andCheckingGoesOn() throws Exception {
        Path config = folder.resolve(".copydesk.yaml");
        Files.writeString(config, "rules:\n  duplicate-paragraph:\n    similarity: lots\n");
        String uri = session.open(Drafts.copy("drafts/harbour.md", folder));
        session.client.awaitCount(uri, 3);
        PublishDiagnosticsParams onConfig = session.client.awaitCount(config.toUri().toString(), 1);
        assertEquals(2, onConfig.getDiagnostics().get(0).getRange().getStart().getLine(), onConfig.toString());
        assertTrue(onConfig.getDiagnostics().get(0).getMessage().getLeft().contains("similarity"), onConfig.toString());
        assertEquals(MessageType.Error, session.client.awaitShown("Copydesk cannot use").getType());

        Files.writeString(config, "rules:\n  duplicate-paragraph:\n    similarity: 0.95\n", StandardCharsets.UTF_8);
        configChanged(config, FileChangeType.Changed);
        session.client.awaitCount(config.toUri().toString(), 0);
    }

    @Test
    void badEditorSettings_areShown_andTheDefaultsStand() throws Exception {
        String uri = session.open(Drafts.copy("drafts/harbour.md", folder));
        session.client.awaitCount(uri, 3);
        settings("{\"copydesk\":{\"rules\":{\"no-such-rule\":\"off\"}}}");
        assertTrue(session.client.awaitShown("unknown rule").getMessage().contains("no-such-rule"));
        session.client.awaitCount(uri, 3);
    }

    @Test
    void ignoredPaths_publishNothing() throws Exception {
        Files.writeString(folder.resolve(".copydesk.yaml"), "ignore:\n  - archive/**\n");
        Path archive = Files.createDirectories(folder.resolve("archive"));
        String uri = session.open(Drafts.copy("drafts/harbour.md", archive));
        assertEquals(List.of(), session.client.await(uri, p -> true).getDiagnostics());
    }

    private static DiagnosticSeverity severityOf(PublishDiagnosticsParams params, String rule) {
        return params.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals(rule)).findFirst().orElseThrow().getSeverity();
    }
}
