package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Duplicates across the files of a project, through the real {@code copydesk.jar}: the sample projects under
 * {@code projects/} (a Markdown docs folder with an allow list, an AsciiDoc book, plain-text drafts), each with
 * the findings expected of {@code copydesk check .} in its {@code expected.txt}.
 */
class CrossFileEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"docs-site", "book", "drafts"})
    void eachSampleProjectGivesItsExpectedFindings(String project) throws IOException {
        List<String> expected = copyProject(project);
        Copydesk.Run run = Copydesk.run(dir, "check", "--quiet", ".");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(expected, run.stdoutLines(), run::toString);
    }

    @Test
    void filesNamedOneByOneAreCheckedTogetherAndAloneTheyAreNot() throws IOException {
        copyProject("drafts");
        Copydesk.Run together = Copydesk.run(dir, "check", "--quiet", "2026-12-01-bridge-update.txt", "2026-11-30-bridge.txt");
        assertEquals(2, together.stdoutLines().size(), together::toString);
        Copydesk.Run alone = Copydesk.run(dir, "check", "--quiet", "2026-12-01-bridge-update.txt");
        assertEquals(0, alone.exitCode(), alone::toString);
    }

    @Test
    void scopeFileInTheConfigChecksEachFileOnItsOwn() throws IOException {
        copyProject("drafts");
        Files.writeString(dir.resolve(".copydesk.yaml"), "rules:\n  duplicate-paragraph:\n    scope: file\n");
        Copydesk.Run run = Copydesk.run(dir, "check", "--quiet", ".");
        assertEquals(0, run.exitCode(), run::toString);
    }

    @Test
    void explainDocumentsScopeAndAllow() {
        Copydesk.Run run = Copydesk.run(dir, "explain", "duplicate-paragraph");
        assertTrue(run.stdout().contains("# scope: \"project\""), run::toString);
        assertTrue(run.stdout().contains("'file' (each file on its own)"), run::toString);
        assertTrue(run.stdout().contains("# allow: []"), run::toString);
    }

    @Test
    void theJsonReportNamesTheRelatedFileAndLine() throws IOException {
        copyProject("drafts");
        Copydesk.Run run = Copydesk.run(dir, "check", "--format", "json", ".");
        JsonNode findings = file(JSON.readTree(run.stdoutBytes()).get("files"), "2026-12-01-bridge-update.txt").get("findings");
        assertEquals(2, findings.size(), run::toString);
        JsonNode related = findings.get(0).get("related").get(0);
        assertEquals("2026-11-30-bridge.txt", related.get("file").asText());
        assertEquals(3, related.get("line").asInt());
        assertEquals("first occurrence, in 2026-11-30-bridge.txt", related.get("message").asText());
        String original = Files.readString(dir.resolve("2026-11-30-bridge.txt"));
        assertEquals(original.indexOf("A delivery van"), related.get("offset").asInt());
    }

    @Test
    void theSarifReportIsValidAndPointsTheRelatedLocationAtTheOtherFile() throws IOException {
        copyProject("drafts");
        Copydesk.Run run = Copydesk.run(dir, "check", "--format", "sarif", ".");
        assertEquals(List.of(), ReportReaders.sarifErrors(run.stdout()));
        JsonNode results = JSON.readTree(run.stdoutBytes()).get("runs").get(0).get("results");
        JsonNode location = results.get(0).get("relatedLocations").get(0).get("physicalLocation");
        assertEquals("2026-11-30-bridge.txt", location.get("artifactLocation").get("uri").asText());
        assertEquals(3, location.get("region").get("startLine").asInt());
        assertTrue(results.get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText()
                .endsWith("2026-12-01-bridge-update.txt"));
    }

    @Test
    void fixRemovesTheExactCopyAndLeavesTheOneThatSaysSomethingNew() throws IOException {
        copyProject("drafts");
        String original = Files.readString(dir.resolve("2026-11-30-bridge.txt"));
        Copydesk.Run run = Copydesk.run(dir, "fix", "--quiet", ".");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(original, Files.readString(dir.resolve("2026-11-30-bridge.txt")), "the first occurrence stays");
        assertEquals("""
                Bridge to stay closed until spring

                Engineers found cracks in two of the arches and said the bridge would stay closed until the spring.

                Two people were killed and taken to the district hospital, police said on Monday morning.
                """, Files.readString(dir.resolve("2026-12-01-bridge-update.txt")));
        Copydesk.Run after = Copydesk.run(dir, "check", "--quiet", ".");
        assertEquals(List.of("2026-12-01-bridge-update.txt:5:1: warning [duplicate-paragraph] Duplicate of the paragraph at"
                + " line 5 of 2026-11-30-bridge.txt, but says 'killed' where line 5 says 'injured'"), after.stdoutLines());
    }

    @Test
    void fixInABookRemovesTheCopyFromTheChapterThatComesLaterByInclude() throws IOException {
        copyProject("book");
        String storm = Files.readString(dir.resolve("chapters/storm.adoc"));
        Copydesk.Run run = Copydesk.run(dir, "fix", "--quiet", ".");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(storm, Files.readString(dir.resolve("chapters/storm.adoc")));
        assertTrue(!Files.readString(dir.resolve("chapters/departure.adoc")).contains("On the third night"));
    }

    private static JsonNode file(JsonNode files, String path) {
        for (JsonNode file : files) {
            if (file.get("path").asText().equals(path)) {
                return file;
            }
        }
        throw new AssertionError("no " + path + " in " + files);
    }

    /** Copies a sample project into the temporary folder, but its expected findings, which it returns. */
    private List<String> copyProject(String name) throws IOException {
        Path project;
        try {
            project = Path.of(CrossFileEndToEndTest.class.getResource("/projects/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> all = Files.walk(project)) {
            all.filter(Files::isRegularFile).forEach(file -> {
                Path relative = project.relativize(file);
                if (!relative.toString().equals("expected.txt")) {
                    Path target = dir.resolve(relative.toString());
                    try {
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
        return Files.readAllLines(project.resolve("expected.txt"), StandardCharsets.UTF_8);
    }
}
