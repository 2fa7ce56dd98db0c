package org.copydesk.cli.report;

import java.io.IOException;
import java.io.OutputStream;

import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.Related;
import org.copydesk.core.TextEdit;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The JSON report, a public contract: the field names and their meaning never change. Every file checked is
 * listed, with {@code "findings": []} when clean. Lines and columns are 1-based; columns, offsets and lengths
 * count UTF-16 code units of the decoded text; {@code endColumn} is exclusive.
 */
public final class JsonReport implements ReportWriter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "copydesk");
            json.writeStringField("version", report.toolVersion());
            json.writeEndObject();
            json.writeArrayFieldStart("files");
            for (FileReport file : report.files()) {
                json.writeStartObject();
                json.writeStringField("path", SafeText.wellFormed(file.path()));
                json.writeArrayFieldStart("findings");
                for (Finding finding : file.findings()) {
                    writeFinding(json, file, finding);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeFinding(JsonGenerator json, FileReport file, Finding finding) throws IOException {
        Position start = file.start(finding);
        Position end = file.end(finding);
        json.writeStartObject();
        json.writeStringField("rule", finding.ruleId());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("message", SafeText.wellFormed(finding.message()));
        json.writeNumberField("line", start.line());
        json.writeNumberField("column", start.column());
        json.writeNumberField("endLine", end.line());
        json.writeNumberField("endColumn", end.column());
        json.writeNumberField("offset", finding.start());
        json.writeNumberField("length", finding.length());
        json.writeArrayFieldStart("related");
        for (Related related : finding.related()) {
            json.writeStartObject();
            if (related.inOtherFile()) {
                // another file's text is not at hand: its line, and offsets into it
                json.writeStringField("file", SafeText.wellFormed(related.file()));
                json.writeNumberField("line", related.line());
                json.writeNumberField("offset", related.start());
                json.writeNumberField("length", related.end() - related.start());
            } else {
                Position at = Position.of(file.lines(), related.start());
                json.writeNumberField("line", at.line());
                json.writeNumberField("column", at.column());
            }
            json.writeStringField("message", SafeText.wellFormed(related.message()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("fixes");
        for (Fix fix : finding.fixes()) {
            json.writeStartObject();
            json.writeStringField("id", fix.id());
            json.writeStringField("label", SafeText.wellFormed(fix.label()));
            json.writeBooleanField("automatic", fix.automatic());
            json.writeArrayFieldStart("edits");
            for (TextEdit edit : fix.edits()) {
                json.writeStartObject();
                json.writeNumberField("offset", edit.offset());
                json.writeNumberField("length", edit.length());
                json.writeStringField("replacement", SafeText.wellFormed(edit.replacement()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
