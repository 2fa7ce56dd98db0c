package org.copydesk.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.copydesk.core.Finding;
import org.copydesk.core.RuleFailure;

/**
 * JUnit XML, which every CI server shows as a test report: one test case per file. A file fails when it has a
 * finding at or above the fail level (all its findings are then in the failure); findings below it go to
 * {@code system-out}. A failed rule or an unreadable file is an error, a skipped binary file is skipped.
 */
public final class JUnitReport implements ReportWriter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        int tests = report.files().size() + report.problems().size();
        long failures = report.files().stream().filter(f -> failing(report, f)).count();
        long errors = report.files().stream().filter(f -> !f.failures().isEmpty()).count()
                + report.problems().stream().filter(Problem::error).count();
        long skipped = report.problems().stream().filter(p -> !p.error()).count();
        try (XmlWriter xml = new XmlWriter(out)) {
            xml.start("testsuites").attribute("name", "copydesk")
                    .attribute("tests", tests).attribute("failures", failures).attribute("errors", errors).attribute("skipped", skipped);
            xml.start("testsuite").attribute("name", "copydesk")
                    .attribute("tests", tests).attribute("failures", failures).attribute("errors", errors).attribute("skipped", skipped);
            for (FileReport file : report.files()) {
                writeFile(xml, report, file);
            }
            for (Problem problem : report.problems()) {
                xml.start("testcase").attribute("classname", "copydesk").attribute("name", problem.path());
                xml.start(problem.error() ? "error" : "skipped").attribute("message", problem.message()).end();
                xml.end();
            }
            xml.end();
            xml.end();
        }
        out.write('\n');
        out.flush();
    }

    private static void writeFile(XmlWriter xml, Report report, FileReport file) throws IOException {
        xml.start("testcase").attribute("classname", "copydesk").attribute("name", file.path());
        if (failing(report, file)) {
            long failing = file.findings().stream().filter(f -> report.failLevel().fails(f.severity())).count();
            xml.start("failure")
                    .attribute("message", failing + (failing == 1 ? " finding" : " findings") + " at or above " + report.failLevel().id())
                    .attribute("type", "copydesk")
                    .text(lines(file, file.findings()))
                    .end();
        } else if (!file.findings().isEmpty()) {
            xml.start("system-out").text(lines(file, file.findings())).end();
        }
        for (RuleFailure failure : file.failures()) {
            xml.start("error").attribute("message", failure.message()).attribute("type", failure.error().getClass().getName()).end();
        }
        xml.end();
    }

    private static boolean failing(Report report, FileReport file) {
        return file.findings().stream().anyMatch(f -> report.failLevel().fails(f.severity()));
    }

    private static String lines(FileReport file, List<Finding> findings) {
        return findings.stream().map(f -> TextReport.line(file, f)).collect(Collectors.joining("\n", "", "\n"));
    }
}
