package org.copydesk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.copydesk.lsp.testing.LspSession;
import org.copydesk.lsp.testing.RawConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * What no good client sends, sent to the server as a process: each gets an error response or a log line, the
 * server answers the next request as before, and it exits cleanly whichever way the client goes.
 */
class BadInputTest {
    @TempDir
    Path folder;

    private RawConnection start(String... jvmOptions) {
        RawConnection server = new RawConnection(LspSession.serverCommand(jvmOptions));
        server.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
        assertTrue(server.response(1).has("result"));
        server.notify("initialized", "{}");
        return server;
    }

    private static boolean stillAnswers(RawConnection server, int id) {
        server.request(id, "textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///nowhere.md\"},\"position\":{\"line\":0,\"character\":0}}");
        return server.response(id).has("result");
    }

    @Test
    void brokenJsonUnknownMethodsAndBadParameters_answeredOrLogged_andTheServerGoesOn() {
        try (RawConnection server = start()) {
            server.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{"); // cut short
            server.send("this is not JSON at all");
            server.sendRaw("Content-Length: 12\r\nContent-Type: nonsense\r\n\r\n{\"x\":[1,2,3".getBytes(StandardCharsets.US_ASCII), "]".getBytes(StandardCharsets.US_ASCII));
            assertTrue(stillAnswers(server, 3));

            server.request(4, "copydesk/noSuchMethod", "{}");
            JsonObject unknown = server.response(4);
            assertEquals(-32601, unknown.getAsJsonObject("error").get("code").getAsInt(), unknown.toString());
            server.notify("copydesk/noSuchNotification", "{}");
            server.notify("$/somethingOptional", "{}");
            server.request(5, "textDocument/codeAction", "{\"textDocument\":42}");
            JsonObject badParams = server.response(5);
            assertTrue(badParams.has("error") || badParams.has("result"), badParams.toString());
            assertTrue(stillAnswers(server, 6));
            assertEquals(0, shutdownAndExit(server, 7));
        }
    }

    @Test
    void positionsOutOfRange_areClamped() {
        try (RawConnection server = start()) {
            String uri = folder.resolve("draft.md").toUri().toString();
            server.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"One line.\\nTwo lines.\"}}");
            server.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":2},\"contentChanges\":["
                    + "{\"range\":{\"start\":{\"line\":900,\"character\":5},\"end\":{\"line\":1000,\"character\":1}},\"text\":\" Three.\"},"
                    + "{\"range\":{\"start\":{\"line\":0,\"character\":999},\"end\":{\"line\":0,\"character\":2}},\"text\":\"!\"}]}");
            server.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"file:///not/open.md\",\"version\":2},\"contentChanges\":[{\"text\":\"x\"}]}");
            server.request(2, "textDocument/hover", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":77,\"character\":-4}}");
            assertTrue(server.response(2).has("result"));
            server.request(3, "textDocument/codeAction", "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"range\":{\"start\":{\"line\":5000,\"character\":0},"
                    + "\"end\":{\"line\":-1,\"character\":0}},\"context\":{\"diagnostics\":[]}}");
            assertTrue(server.response(3).has("result"));
            JsonObject published = server.await(m -> "textDocument/publishDiagnostics".equals(stringOf(m, "method"))
                    && m.getAsJsonObject("params").get("version").getAsInt() == 2);
            assertEquals(0, published.getAsJsonObject("params").getAsJsonArray("diagnostics").size());
            assertEquals(0, shutdownAndExit(server, 4));
        }
    }

    @Test
    void messageOverTheLimit_isSkipped_aRequestGetsAnError_andTheServerGoesOn() {
        try (RawConnection server = start("-Dcopydesk.lsp.maxMessageBytes=100000")) {
            String big = "x".repeat(200_000);
            server.request(2, "textDocument/hover", "{\"textDocument\":{\"uri\":\"file:///a.md\"},\"position\":{\"line\":0,\"character\":0},\"padding\":\"" + big + "\"}");
            JsonObject refused = server.response(2);
            assertTrue(refused.getAsJsonObject("error").get("message").getAsString().contains("limit"), refused.toString());
            server.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"file:///big.md\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"" + big + "\"}}");
            JsonObject shown = server.await(m -> "window/showMessage".equals(stringOf(m, "method")));
            assertTrue(shown.toString().contains("not checked"), shown.toString());
            assertTrue(stillAnswers(server, 3));
            assertEquals(0, shutdownAndExit(server, 4));
        }
    }

    @Test
    void documentOverTheSizeLimit_isNotChecked_andTheWriterIsTold() {
        RawConnection server = new RawConnection(LspSession.serverCommand());
        try (server) {
            server.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{},\"initializationOptions\":{\"maxDocumentSize\":1000}}");
            server.response(1);
            String uri = folder.resolve("long.txt").toUri().toString();
            String copy = "The same paragraph of words comes back once more in this draft here.\\n\\n";
            server.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"plaintext\",\"version\":1,\"text\":\"" + copy.repeat(40) + "\"}}");
            JsonObject shown = server.await(m -> "window/showMessage".equals(stringOf(m, "method")));
            assertTrue(shown.toString().contains("over the limit of 1000"), shown.toString());
            JsonObject published = server.await(m -> "textDocument/publishDiagnostics".equals(stringOf(m, "method")));
            assertEquals(0, published.getAsJsonObject("params").getAsJsonArray("diagnostics").size());
        }
    }

    @Test
    void inputClosed_theServerExits() {
        RawConnection server = start();
        try (server) {
            assertEquals(1, server.closeInputAndWait(), "no shutdown before the input ended");
        }
    }

    @Test
    void exitWithoutShutdown_exitsWithStatusOne() {
        RawConnection server = start();
        try (server) {
            server.notify("exit", "null");
            assertEquals(1, server.waitForExit());
        }
    }

    @Test
    void editorProcessEnds_theServerExits() throws Exception {
        Process editor = new ProcessBuilder("sleep", "600").start();
        RawConnection server = new RawConnection(LspSession.serverCommand());
        try (server) {
            server.request(1, "initialize", "{\"processId\":" + editor.pid() + ",\"rootUri\":null,\"capabilities\":{}}");
            server.response(1);
            assertTrue(server.process().isAlive(), "the editor is still there");
            editor.destroy();
            assertTrue(editor.waitFor(10, TimeUnit.SECONDS));
            assertEquals(1, server.waitForExit());
        } finally {
            editor.destroyForcibly();
        }
    }

    private static int shutdownAndExit(RawConnection server, int id) {
        server.request(id, "shutdown", "null");
        server.response(id);
        server.notify("exit", "null");
        return server.waitForExit();
    }

    private static String stringOf(JsonObject message, String key) {
        return message.get(key) instanceof JsonPrimitive p ? p.getAsString() : null;
    }
}
