package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code copydesk fix} never deletes words that exist nowhere else: a later copy of a paragraph that adds a sentence
 * or changes a word is the writer's to keep or remove, so fix leaves it, says so, and exits as check does for it.
 */
class FixLeavesNewWordsEndToEndTest {
    private static final String FIRST = "The harbour authority said two passengers were injured when the ferry struck the pier"
            + " at Kelby on Saturday morning.";
    private static final String BETWEEN = "Services to the island will stay suspended until engineers have inspected the pier.";
    private static final String UPDATED = FIRST + " One of them has since died.";
    private static final String CORRECTED = FIRST.replace("injured", "killed");

    @TempDir
    Path dir;

    @Test
    void aCopyThatAddsASentenceIsKeptAndReportedAsLeft() throws IOException {
        String text = FIRST + "\n\n" + BETWEEN + "\n\n" + UPDATED + "\n";
        Path story = Articles.write(dir.resolve("story.txt"), text);
        Files.setLastModifiedTime(story, FileTime.fromMillis(1_000_000_000L));
        Copydesk.Run run = Copydesk.run(dir, "fix", "story.txt");
        assertEquals(1, run.exitCode(), "a warning is left, as check would say: " + run);
        assertEquals(text, Copydesk.read(story));
        assertEquals(FileTime.fromMillis(1_000_000_000L), Files.getLastModifiedTime(story), "an unchanged file is not touched");
        assertEquals(List.of("story.txt:5:1: warning [duplicate-paragraph] Duplicate of the paragraph at line 1,"
                + " and adds 'One of them has since died.'", "0 files changed, 0 findings fixed, 1 left"), run.stdoutLines());
    }

    @Test
    void theExactCopyGoesAndTheCorrectedOneStays() {
        String text = FIRST + "\n\n" + BETWEEN + "\n\n" + FIRST + "\n\n" + CORRECTED + "\n";
        Path story = Articles.write(dir.resolve("story.txt"), text);
        Copydesk.Run run = Copydesk.run(dir, "fix", "story.txt");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(FIRST + "\n\n" + BETWEEN + "\n\n" + CORRECTED + "\n", Copydesk.read(story));
        assertEquals(List.of("story.txt:5:1: warning [duplicate-paragraph] Duplicate of the paragraph at line 1,"
                + " but says 'killed' where line 1 says 'injured'", "1 file changed, 1 finding fixed, 1 left"), run.stdoutLines());

        Copydesk.Run dryRun = Copydesk.run(dir, "fix", "--dry-run", "story.txt");
        assertEquals("", dryRun.stdout(), "nothing left that fix would change: " + dryRun);
    }

    @Test
    void theReportOffersTheWritersTwoChoicesInOrder() throws IOException {
        String text = FIRST + "\n\n" + BETWEEN + "\n\n" + CORRECTED + "\n";
        Articles.write(dir.resolve("story.txt"), text);
        Copydesk.Run run = Copydesk.run(dir, "check", "--format", "json", "story.txt");
        assertEquals(1, run.exitCode(), run::toString);
        JsonNode finding = new ObjectMapper().readTree(run.stdout()).get("files").get(0).get("findings").get(0);
        assertEquals("Duplicate of the paragraph at line 1, but says 'killed' where line 1 says 'injured'", finding.get("message").asText());
        JsonNode fixes = finding.get("fixes");
        assertEquals(2, fixes.size());
        assertEquals("Remove this copy", fixes.get(0).get("label").asText());
        assertEquals("Keep this copy, remove the one at line 1", fixes.get(1).get("label").asText());
        JsonNode keep = fixes.get(1).get("edits").get(0);
        assertEquals(0, keep.get("offset").asInt());
        assertTrue(text.substring(0, keep.get("length").asInt()).startsWith(FIRST), "the edit removes the first paragraph");
    }
}
