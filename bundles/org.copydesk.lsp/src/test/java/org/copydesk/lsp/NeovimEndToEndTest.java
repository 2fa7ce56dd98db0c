package org.copydesk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.copydesk.lsp.testing.Drafts;
import org.copydesk.lsp.testing.LspSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/**
 * Neovim's own LSP client, headless, set up from the file Copydesk ships ({@code editors/neovim}): it opens a
 * draft, waits for Copydesk's diagnostics, applies the fix-all code action and writes the file, which must then
 * hold what {@code copydesk fix} gives. Runs where {@code nvim} is installed (CI installs Debian's); elsewhere it
 * is skipped, and says so.
 */
class NeovimEndToEndTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void needsNeovim() {
        boolean installed = nvimVersion() != null;
        if (!installed) {
            System.out.println("NeovimEndToEndTest SKIPPED: nvim is not installed (apt-get install neovim; .ci/run installs it)");
        }
        assumeTrue(installed, "nvim is not installed: the Neovim end-to-end test is skipped");
    }

    @Test
    void exampleArticle_fixAllFromNeovim_writesTheFixedText() throws Exception {
        Path file = Drafts.example(folder);
        int expected = Drafts.expectedExampleCounts().values().stream().mapToInt(Integer::intValue).sum();
        Map<String, String> result = runNeovim(file, expected, 0);
        assertEquals(String.valueOf(expected), result.get("diagnostics"), "diagnostics of the example article: " + result);
        assertEquals("true", result.get("fixed"), result.toString());
        assertEquals("0", result.get("after"), result.toString());
        assertEquals(Drafts.exampleFixed(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void markdownDraft_fixAllFromNeovim_leavesTheQuotation() throws Exception {
        Path file = Drafts.copy("drafts/harbour.md", folder);
        Map<String, String> result = runNeovim(file, 3, 1);
        assertEquals("3", result.get("diagnostics"), result.toString());
        assertEquals("1", result.get("after"), result.toString());
        assertEquals(Drafts.resource("drafts/harbour.fixed.md"), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void copyOfAnotherDraftsParagraph_goToTheOtherCopyFromNeovim_opensItAtTheParagraph() throws Exception {
        Path earlier = Files.writeString(folder.resolve("a-harbour.md"), CrossFileTest.EARLIER, StandardCharsets.UTF_8);
        Path later = Files.writeString(folder.resolve("b-ferry.md"), CrossFileTest.LATER, StandardCharsets.UTF_8);
        Map<String, String> result = runNeovim("neovim/go-to-other-copy.lua", later, 0, 0);
        assertEquals(earlier.toUri().toString().replace("file:///", "file:/"), result.get("related").replace("file:///", "file:/"), result.toString());
        assertEquals("Go to the other copy (a-harbour.md, line 3)", result.get("action"), result.toString());
        assertEquals(earlier.toRealPath().toString(), Path.of(result.get("buffer")).toRealPath().toString(), result.toString());
        assertEquals("3", result.get("line"), result.toString());
    }

    private Map<String, String> runNeovim(Path file, int count, int left) throws IOException, InterruptedException {
        return runNeovim("neovim/fix-all.lua", file, count, left);
    }

    private Map<String, String> runNeovim(String scriptName, Path file, int count, int left) throws IOException, InterruptedException {
        Path script = folder.resolve(scriptName.substring(scriptName.lastIndexOf('/') + 1));
        Files.writeString(script, Drafts.resource(scriptName), StandardCharsets.UTF_8);
        Path result = folder.resolve("result.txt");
        ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "--clean", "-c", "luafile " + script)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("nvim.log").toFile());
        nvim.environment().put("COPYDESK_NVIM_RUNTIME", Path.of(System.getProperty("copydesk.editors", "../../editors"), "neovim").toAbsolutePath().toString());
        nvim.environment().put("COPYDESK_CMD", new Gson().toJson(LspSession.serverCommand()));
        nvim.environment().put("COPYDESK_FILE", file.toString());
        nvim.environment().put("COPYDESK_COUNT", String.valueOf(count));
        nvim.environment().put("COPYDESK_LEFT", String.valueOf(left));
        nvim.environment().put("COPYDESK_RESULT", result.toString());
        Process process = nvim.start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("nvim did not finish; its output: " + Files.readString(folder.resolve("nvim.log")));
        }
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String line : Files.exists(result) ? Files.readAllLines(result) : List.<String>of()) {
            int equals = line.indexOf('=');
            values.put(line.substring(0, equals), line.substring(equals + 1));
        }
        if (values.containsKey("error")) {
            throw new AssertionError("the Neovim script failed: " + values.get("error"));
        }
        return values;
    }

    private static String nvimVersion() {
        try {
            Process process = new ProcessBuilder("nvim", "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? output.lines().findFirst().orElse("") : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
