package org.copydesk.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.copydesk.core.Finding;
import org.copydesk.core.RuleFailure;
import org.copydesk.core.Severity;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
 * {@code ::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message}. GitHub's end column is
 * inclusive, so it is the last character's column. Escaped as the Actions toolkit does: {@code %}, CR and LF
 * in the message; {@code :} and {@code ,} as well in properties. Other control characters (ESC, BEL) and the
 * bidirectional controls are written as {@code \}{@code uXXXX}, as every other format does, so a quotation in
 * a document can neither start a workflow command nor drive the terminal the log is shown in.
 */
public final class GitHubReport implements ReportWriter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (FileReport file : report.files()) {
            for (Finding finding : file.findings()) {
                Position start = file.start(finding);
                Position end = file.end(finding);
                int lastColumn = end.line() == start.line() ? Math.max(start.column(), end.column() - 1) : end.column();
                writer.write("::" + command(finding.severity())
                        + " file=" + property(file.path())
                        + ",line=" + start.line() + ",col=" + start.column()
                        + ",endLine=" + end.line() + ",endColumn=" + lastColumn
                        + ",title=" + property("copydesk " + finding.ruleId())
                        + "::" + data(finding.message()) + "\n");
            }
            for (RuleFailure failure : file.failures()) {
                writer.write("::error file=" + property(file.path()) + ",title=copydesk::" + data(failure.message()) + "\n");
            }
        }
        for (Problem problem : report.problems()) {
            writer.write("::" + (problem.error() ? "error" : "warning") + " file=" + property(problem.path())
                    + ",title=copydesk::" + data(problem.message()) + "\n");
        }
        writer.flush();
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    static String data(String text) {
        String escaped = SafeText.wellFormed(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        return SafeText.visible(escaped);
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
