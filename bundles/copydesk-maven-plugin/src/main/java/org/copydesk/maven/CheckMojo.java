package org.copydesk.maven;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.copydesk.cli.report.FileReport;
import org.copydesk.cli.report.Report;
import org.copydesk.cli.report.ReportFormat;
import org.copydesk.cli.report.TextReport;
import org.copydesk.core.Finding;

/**
 * Checks the project's documents and fails the build on findings at or above {@code failOn}, listing them as
 * {@code file:line: message}. Writes the reports asked for (the CLI's formats) to {@code outputDirectory}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractCopydeskMojo {
    /** Reports to write: text, json, sarif, checkstyle, junit, github. */
    @Parameter(property = "copydesk.formats")
    List<String> formats;

    /** Where the reports go. */
    @Parameter(property = "copydesk.outputDirectory", defaultValue = "${project.build.directory}/copydesk")
    File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Copydesk check skipped");
            return;
        }
        List<ReportFormat> reportFormats = reportFormats();
        Run run = run(false);
        Report report = run.report();
        writeReports(report, reportFormats);
        List<String> failing = new ArrayList<>();
        for (FileReport file : report.files()) {
            for (Finding finding : file.findings()) {
                if (report.failLevel().fails(finding.severity())) {
                    failing.add(summaryLine(file, finding));
                } else {
                    getLog().info(TextReport.line(file, finding));
                }
            }
        }
        getLog().info("Copydesk checked " + report.files().size() + (report.files().size() == 1 ? " document" : " documents")
                + ": " + report.findingCount() + (report.findingCount() == 1 ? " finding" : " findings"));
        if (!failing.isEmpty()) {
            throw new MojoFailureException(failureMessage(report, failing));
        }
        if (run.results().errors()) {
            throw new MojoFailureException("Copydesk could not check every document; see the errors above");
        }
    }

    private static String failureMessage(Report report, List<String> failing) {
        StringBuilder message = new StringBuilder("Copydesk found ").append(failing.size())
                .append(failing.size() == 1 ? " finding" : " findings").append(" at or above ").append(report.failLevel().id()).append(":\n");
        failing.forEach(line -> message.append("  ").append(line).append('\n'));
        message.append("Run mvn copydesk:fix to apply the automatic fixes, or edit the documents.");
        return message.toString();
    }

    private List<ReportFormat> reportFormats() throws MojoExecutionException {
        List<ReportFormat> result = new ArrayList<>();
        for (String format : formats == null ? List.<String>of() : formats) {
            try {
                result.add(ReportFormat.of(format));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("copydesk: <formats>: " + e.getMessage(), e);
            }
        }
        return result;
    }

    private void writeReports(Report report, List<ReportFormat> reportFormats) throws MojoExecutionException {
        for (ReportFormat format : reportFormats) {
            Path file = outputDirectory.toPath().resolve(format.fileName());
            try {
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    format.writer().write(report, out);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("copydesk: cannot write " + file + ": " + e.getMessage(), e);
            }
            getLog().info("Copydesk " + format.id() + " report: " + file);
        }
    }
}
