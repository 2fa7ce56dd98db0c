package org.copydesk.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.copydesk.core.Finding;

/** One finding a line, {@code path:line:column: severity [rule] message}, as terminals and editors make clickable. */
public final class TextReport implements ReportWriter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (FileReport file : report.files()) {
            for (Finding finding : file.findings()) {
                writer.write(line(file, finding));
                writer.write('\n');
            }
        }
        writer.flush();
    }

    public static String line(FileReport file, Finding finding) {
        Position start = file.start(finding);
        return SafeText.visible(file.path()) + ":" + start.line() + ":" + start.column() + ": " + finding.severity().id()
                + " [" + finding.ruleId() + "] " + SafeText.visible(finding.message());
    }
}
