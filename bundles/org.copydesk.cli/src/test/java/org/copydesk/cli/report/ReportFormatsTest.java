package org.copydesk.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.cli.ReportReaders;
import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.Related;
import org.copydesk.core.RuleFailure;
import org.copydesk.core.Severity;
import org.copydesk.core.TextEdit;
import org.copydesk.core.document.LineMap;
import org.copydesk.core.rule.RuleInfo;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every format written from one report, read back with a standard reader, hostile text included. */
class ReportFormatsTest {
    /** Everything a message quoting a document could hold that a format might choke on. */
    static final String HOSTILE = "Quote <b>&amp; \"double\" 'single' ]]> NUL\u0000 SOH\u0001 ESC\u001b[31m red\n"
            + "line two\rline three\ttab, comma: colon 100% \uD800 lone, \uD83D\uDE00 pair, \u202Eevil";
    private static final String TEXT = "First line.\nSecond line, the \u201ccopy\u201d.\r\nThird line \uD83D\uDE00 here.\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileReport file = new FileReport("docs/a b&c.md", List.of(
            new Finding("hostile", Severity.WARNING, HOSTILE, 12, 36,
                    List.of(new Related(0, 11, "first <occurrence> & more")),
                    List.of(Fix.automatic("remove", "Remove <it> & \"go\"", TextEdit.delete(11, 36)),
                            Fix.suggestion("insert", "Insert ]]>", TextEdit.insert(12, "\u201c]]>\u201d\n")))),
            new Finding("hostile", Severity.INFO, "an aside", 51, 53, List.of(), List.of()),
            new Finding("hostile", Severity.ERROR, "at the very end", TEXT.length(), TEXT.length(), List.of(), List.of())),
            List.of(new RuleFailure("hostile", new IllegalStateException("boom <&>"))), new LineMap(TEXT));
    private final FileReport clean = new FileReport("clean.md", List.of(), List.of(), new LineMap("Nothing.\n"));
    private final Report report = new Report("1.2.3", List.of(new RuleInfo("hostile", "Finds <things> & \"stuff\"", Severity.WARNING)),
            List.of(file, clean), List.of(Problem.error("gone.md", "no such file or directory"),
                    Problem.warning("logo.md", "binary file (NUL byte at byte offset 4), skipped")),
            FailLevel.WARNING, Path.of("/work/project"));

    @Test
    void jsonKeepsEveryCharacterAJsonStringCanHold() throws IOException {
        JsonNode root = JSON.readTree(write(ReportFormat.JSON));
        JsonNode finding = root.get("files").get(0).get("findings").get(0);
        assertEquals(HOSTILE.replace('\uD800', '\uFFFD'), finding.get("message").asText());
        assertEquals("docs/a b&c.md", root.get("files").get(0).get("path").asText());
        assertEquals(2, finding.get("line").asInt());
        assertEquals(1, finding.get("column").asInt());
        assertEquals(2, finding.get("endLine").asInt());
        assertEquals(25, finding.get("endColumn").asInt());
        assertEquals("first <occurrence> & more", finding.get("related").get(0).get("message").asText());
        assertEquals("\u201c]]>\u201d\n", finding.get("fixes").get(1).get("edits").get(0).get("replacement").asText());
        JsonNode atEnd = root.get("files").get(0).get("findings").get(2);
        assertEquals(List.of(4, 1, 4, 1), List.of(atEnd.get("line").asInt(), atEnd.get("column").asInt(),
                atEnd.get("endLine").asInt(), atEnd.get("endColumn").asInt()));
        assertEquals(0, root.get("files").get(1).get("findings").size());
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws IOException {
        String sarif = new String(write(ReportFormat.SARIF), StandardCharsets.UTF_8);
        assertEquals(List.of(), ReportReaders.sarifErrors(sarif));
        JsonNode run = JSON.readTree(sarif).get("runs").get(0);
        JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
        assertEquals("hostile", rule.get("id").asText());
        assertEquals("# hostile\n\nFinds <things> & \"stuff\"\n", rule.get("help").get("markdown").asText());
        JsonNode result = run.get("results").get(0);
        assertEquals(HOSTILE.replace('\uD800', '\uFFFD'), result.get("message").get("text").asText());
        assertEquals(0, result.get("ruleIndex").asInt());
        assertEquals("note", run.get("results").get(1).get("level").asText());
        JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(List.of(2, 1, 2, 25, 12, 24), List.of(region.get("startLine").asInt(), region.get("startColumn").asInt(),
                region.get("endLine").asInt(), region.get("endColumn").asInt(), region.get("charOffset").asInt(), region.get("charLength").asInt()));
        JsonNode artifact = result.get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals("docs/a%20b&c.md", artifact.get("uri").asText());
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
        assertEquals("file:///work/project/", run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
        JsonNode replacement = result.get("fixes").get(0).get("artifactChanges").get(0).get("replacements").get(0);
        assertEquals(11, replacement.get("deletedRegion").get("charOffset").asInt());
        assertEquals(25, replacement.get("deletedRegion").get("charLength").asInt());
        assertEquals("utf16CodeUnits", run.get("columnKind").asText());
        JsonNode invocation = run.get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        assertEquals(3, invocation.get("toolExecutionNotifications").size());
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() throws IOException {
        ObjectNode sarif = (ObjectNode) JSON.readTree(write(ReportFormat.SARIF));
        sarif.put("version", "2.0.0");
        ((ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertEquals(2, ReportReaders.sarifErrors(JSON.writeValueAsString(sarif)).size());
    }

    @Test
    void checkstyleXmlIsWellFormedAndKeepsTheMessage() throws IOException {
        Document xml = ReportReaders.xml(new ByteArrayInputStream(write(ReportFormat.CHECKSTYLE)));
        assertEquals(3, xml.getElementsByTagName("file").getLength());
        Element error = (Element) xml.getElementsByTagName("error").item(0);
        assertEquals("2", error.getAttribute("line"));
        assertEquals("1", error.getAttribute("column"));
        assertEquals("warning", error.getAttribute("severity"));
        assertEquals("copydesk.hostile", error.getAttribute("source"));
        // XML 1.0 cannot hold NUL, SOH or ESC: they are written out; an attribute reads line breaks and tabs as spaces
        assertEquals(SafeText.xml(HOSTILE).replaceAll("[\t\n\r]", " "), error.getAttribute("message"));
        assertTrue(error.getAttribute("message").contains("NUL\\u0000 SOH\\u0001 ESC\\u001b[31m"));
        assertEquals("docs/a b&c.md", ((Element) xml.getElementsByTagName("file").item(0)).getAttribute("name"));
        assertEquals("gone.md", ((Element) xml.getElementsByTagName("file").item(2)).getAttribute("name"));
    }

    @Test
    void junitXmlHasOneTestCasePerFile() throws IOException {
        Document xml = ReportReaders.xml(new ByteArrayInputStream(write(ReportFormat.JUNIT)));
        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals(List.of("4", "1", "2", "1"), List.of(suite.getAttribute("tests"), suite.getAttribute("failures"),
                suite.getAttribute("errors"), suite.getAttribute("skipped")));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < xml.getElementsByTagName("testcase").getLength(); i++) {
            names.add(((Element) xml.getElementsByTagName("testcase").item(i)).getAttribute("name"));
        }
        assertEquals(List.of("docs/a b&c.md", "clean.md", "gone.md", "logo.md"), names);
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals("2 findings at or above warning", failure.getAttribute("message"));
        String body = failure.getTextContent();
        assertEquals(3, body.lines().count(), body);
        assertTrue(body.startsWith("docs/a b&c.md:2:1: warning [hostile] Quote <b>&amp; \"double\" 'single' ]]> NUL\\u0000 SOH\\u0001 ESC\\u001b[31m red\\u000aline two"), body);
    }

    @Test
    void githubCommandsAreOneLineEachAndDecodeBackToTheMessage() throws IOException {
        List<String> lines = new String(write(ReportFormat.GITHUB), StandardCharsets.UTF_8).lines().toList();
        assertEquals(3 + 1 + 2, lines.size(), String.join("\n", lines));
        Matcher command = Pattern.compile("::(\\w+) file=([^,]*),line=(\\d+),col=(\\d+),endLine=(\\d+),endColumn=(\\d+),title=([^:]*)::(.*)")
                .matcher(lines.get(0));
        assertTrue(command.matches(), lines.get(0));
        assertEquals("warning", command.group(1));
        assertEquals("docs/a b&c.md", command.group(2));
        assertEquals(List.of("2", "1", "2", "24"), List.of(command.group(3), command.group(4), command.group(5), command.group(6)));
        String message = decode(command.group(8));
        // line breaks come back; the controls that drive a terminal (ESC, NUL, the bidi override) stay escaped
        assertTrue(message.startsWith("Quote <b>&amp; \"double\" 'single' ]]> NUL\\u0000 SOH\\u0001 ESC\\u001b[31m red\nline two\rline three\ttab"),
                message);
        assertTrue(message.endsWith("\uFFFD lone, \uD83D\uDE00 pair, \\u202eevil"), message);
        assertTrue(String.join("\n", lines).chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x202E), "a raw control character");
        assertTrue(lines.get(1).startsWith("::notice "));
        assertTrue(lines.get(2).startsWith("::error "));
        assertEquals("::error file=gone.md,title=copydesk::no such file or directory", lines.get(4));
        assertEquals("%2C%3A%25%0A", GitHubReport.property(",:%\n"));
    }

    /** A document's quotation or a file's name must not end the annotation and start a workflow command of its own. */
    @Test
    void githubEscapingLeavesNothingToInject() {
        assertEquals("a%0A::add-mask::x %25{y} \\u001b]0;title\\u0007", GitHubReport.data("a\n::add-mask::x %{y} \u001b]0;title\u0007"));
        assertEquals("docs/a%0A%3A%3Aerror%3A%3Ainjected.txt", GitHubReport.property("docs/a\n::error::injected.txt"));
        assertEquals("%0D%0A\\u0085", GitHubReport.data("\r\n\u0085"));
    }

    /** On Linux a backslash is part of a file name: as a '/' the URI would name another file. */
    @Test
    void sarifKeepsABackslashOfALinuxFileName() throws IOException {
        assumeTrue(java.io.File.separatorChar == '/');
        Report backslash = new Report("1.2.3", report.rules(), List.of(new FileReport("back\\slash.txt", List.of(), List.of(),
                new LineMap(""))), List.of(), FailLevel.WARNING, Path.of("/work/project"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFormat.SARIF.writer().write(backslash, out);
        JsonNode artifact = JSON.readTree(out.toByteArray()).get("runs").get(0).get("artifacts").get(0).get("location");
        assertEquals("back%5Cslash.txt", artifact.get("uri").asText());
    }

    @Test
    void textIsOneLinePerFindingWithNothingThatDrivesATerminal() throws IOException {
        String text = new String(write(ReportFormat.TEXT), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals(3, lines.size(), text);
        assertTrue(lines.get(0).startsWith("docs/a b&c.md:2:1: warning [hostile] Quote <b>"), lines.get(0));
        assertTrue(lines.get(0).contains("ESC\\u001b[31m red\\u000aline two\\u000dline three\ttab"), lines.get(0));
        assertTrue(lines.get(0).contains("\\u202eevil"), lines.get(0));
        assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'));
        assertEquals("docs/a b&c.md:4:1: error [hostile] at the very end", lines.get(2));
    }

    @Test
    void relativeUrisNeverLookLikeASchemeOrBreakOnSpaces() {
        assertEquals("./c:d.md", SarifReport.relativeUri("c:d.md"));
        assertEquals("dir/a%20b%25.md", SarifReport.relativeUri("dir/a b%.md"));
    }

    /** GitHub's own escapes undone; the message had no '+', so URL decoding does exactly that. */
    private static String decode(String data) {
        return URLDecoder.decode(data, StandardCharsets.UTF_8);
    }

    private byte[] write(ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            format.writer().write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
