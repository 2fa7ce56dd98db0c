package org.copydesk.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.Related;
import org.copydesk.core.RuleFailure;
import org.copydesk.core.Severity;
import org.copydesk.core.TextEdit;
import org.copydesk.core.io.PathNames;
import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rules.BuiltInRules;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it: rule metadata with each rule's docs
 * page as help, results with their regions (UTF-16 columns, exclusive end column), related locations, and
 * fixes as {@code artifactChanges}. Files that could not be checked and rules that failed become tool
 * execution notifications. Relative paths are relative to {@code %SRCROOT%}, the report's base directory.
 */
public final class SarifReport implements ReportWriter {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SOURCE_ROOT = "%SRCROOT%";

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, report);
            writeInvocation(json, report);
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SOURCE_ROOT);
            json.writeStringField("uri", directoryUri(report.baseDirectory()));
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("artifacts");
            for (FileReport file : report.files()) {
                json.writeStartObject();
                writeArtifactLocation(json, "location", file.path());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("results");
            for (FileReport file : report.files()) {
                for (Finding finding : file.findings()) {
                    writeResult(json, report, file, finding);
                }
            }
            json.writeEndArray();
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeTool(JsonGenerator json, Report report) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "copydesk");
        json.writeStringField("version", report.toolVersion());
        json.writeArrayFieldStart("rules");
        for (RuleInfo rule : report.rules()) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            writeMessage(json, "shortDescription", rule.summary());
            String docs = SafeText.wellFormed(BuiltInRules.docs(rule));
            json.writeObjectFieldStart("help");
            json.writeStringField("text", docs);
            json.writeStringField("markdown", docs);
            json.writeEndObject();
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.defaultSeverity()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator json, Report report) throws IOException {
        boolean failures = report.files().stream().anyMatch(f -> !f.failures().isEmpty());
        boolean errors = report.problems().stream().anyMatch(Problem::error);
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", !failures && !errors);
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (Problem problem : report.problems()) {
            json.writeStartObject();
            json.writeStringField("level", problem.error() ? "error" : "warning");
            writeMessage(json, "message", problem.path() + ": " + problem.message());
            writeFileLocations(json, problem.path());
            json.writeEndObject();
        }
        for (FileReport file : report.files()) {
            for (RuleFailure failure : file.failures()) {
                json.writeStartObject();
                json.writeStringField("level", "error");
                writeMessage(json, "message", file.path() + ": " + failure.message());
                writeFileLocations(json, file.path());
                json.writeObjectFieldStart("associatedRule");
                json.writeStringField("id", failure.ruleId());
                int index = report.ruleIndex(failure.ruleId());
                if (index >= 0) {
                    json.writeNumberField("index", index);
                }
                json.writeEndObject();
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeResult(JsonGenerator json, Report report, FileReport file, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        int index = report.ruleIndex(finding.ruleId());
        if (index >= 0) {
            json.writeNumberField("ruleIndex", index);
        }
        json.writeStringField("level", level(finding.severity()));
        writeMessage(json, "message", finding.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        writePhysicalLocation(json, file, finding.start(), finding.end());
        json.writeEndObject();
        json.writeEndArray();
        if (!finding.related().isEmpty()) {
            json.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (Related related : finding.related()) {
                json.writeStartObject();
                json.writeNumberField("id", id++);
                if (related.inOtherFile()) {
                    writeOtherFileLocation(json, related);
                } else {
                    writePhysicalLocation(json, file, related.start(), related.end());
                }
                writeMessage(json, "message", related.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!finding.fixes().isEmpty()) {
            json.writeArrayFieldStart("fixes");
            for (Fix fix : finding.fixes()) {
                writeFix(json, file, fix);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeFix(JsonGenerator json, FileReport file, Fix fix) throws IOException {
        json.writeStartObject();
        writeMessage(json, "description", fix.label());
        json.writeArrayFieldStart("artifactChanges");
        json.writeStartObject();
        writeArtifactLocation(json, "artifactLocation", file.path());
        json.writeArrayFieldStart("replacements");
        for (TextEdit edit : fix.edits()) {
            json.writeStartObject();
            json.writeObjectFieldStart("deletedRegion");
            json.writeNumberField("charOffset", edit.offset());
            json.writeNumberField("charLength", edit.length());
            json.writeEndObject();
            json.writeObjectFieldStart("insertedContent");
            json.writeStringField("text", SafeText.wellFormed(edit.replacement()));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writePhysicalLocation(JsonGenerator json, FileReport file, int start, int end) throws IOException {
        Position from = Position.of(file.lines(), start);
        Position to = Position.of(file.lines(), end);
        json.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(json, "artifactLocation", file.path());
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", from.line());
        json.writeNumberField("startColumn", from.column());
        json.writeNumberField("endLine", to.line());
        json.writeNumberField("endColumn", to.column());
        json.writeNumberField("charOffset", start);
        json.writeNumberField("charLength", end - start);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A place in another file, whose text is not at hand: its start line and its characters. */
    private static void writeOtherFileLocation(JsonGenerator json, Related related) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(json, "artifactLocation", related.file());
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", related.line());
        json.writeNumberField("charOffset", related.start());
        json.writeNumberField("charLength", related.end() - related.start());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeFileLocations(JsonGenerator json, String path) throws IOException {
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(json, "artifactLocation", path);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void writeArtifactLocation(JsonGenerator json, String field, String path) throws IOException {
        json.writeObjectFieldStart(field);
        Path absolute = absolute(path);
        if (absolute != null) {
            json.writeStringField("uri", absolute.toUri().toASCIIString());
        } else {
            json.writeStringField("uri", relativeUri(PathNames.unix(path)));
            json.writeStringField("uriBaseId", SOURCE_ROOT);
        }
        json.writeEndObject();
    }

    private static Path absolute(String path) {
        try {
            Path candidate = Path.of(path);
            return candidate.isAbsolute() ? candidate : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A relative URI reference for a path: percent-encoded, and never mistaken for a scheme ({@code a:b.md}). */
    static String relativeUri(String unixPath) {
        String safe = SafeText.wellFormed(unixPath);
        int colon = safe.indexOf(':');
        int slash = safe.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            safe = "./" + safe;
        }
        try {
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + unixPath, e);
        }
    }

    private static String directoryUri(Path directory) {
        String uri = directory.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static void writeMessage(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", SafeText.wellFormed(text));
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
