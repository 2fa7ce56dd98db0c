package org.copydesk.cli.report;

import java.io.IOException;
import java.io.OutputStream;

import org.copydesk.core.Finding;

/**
 * Checkstyle XML, which Jenkins (Warnings NG), SonarQube, reviewdog and many CI servers read: every file
 * checked, one {@code <error>} a finding, the rule as {@code source}. A file that could not be checked gets
 * one error with source {@code copydesk}.
 */
public final class CheckstyleReport implements ReportWriter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        try (XmlWriter xml = new XmlWriter(out)) {
            xml.start("checkstyle").attribute("version", report.toolVersion());
            for (FileReport file : report.files()) {
                xml.start("file").attribute("name", file.path());
                for (Finding finding : file.findings()) {
                    Position start = file.start(finding);
                    xml.start("error")
                            .attribute("line", start.line())
                            .attribute("column", start.column())
                            .attribute("severity", finding.severity().id())
                            .attribute("message", finding.message())
                            .attribute("source", "copydesk." + finding.ruleId())
                            .end();
                }
                xml.end();
            }
            for (Problem problem : report.problems()) {
                if (problem.error()) {
                    xml.start("file").attribute("name", problem.path());
                    xml.start("error").attribute("severity", "error").attribute("message", problem.message())
                            .attribute("source", "copydesk").end();
                    xml.end();
                }
            }
            xml.end();
        }
        out.write('\n');
        out.flush();
    }
}
