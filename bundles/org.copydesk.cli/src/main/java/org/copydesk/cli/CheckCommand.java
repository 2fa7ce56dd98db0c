package org.copydesk.cli;

import java.util.List;

import org.copydesk.cli.files.Source;
import org.copydesk.cli.report.Report;
import org.copydesk.cli.run.Outcome;
import org.copydesk.cli.run.Progress;
import org.copydesk.cli.run.Session;

import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Check documents and report what they need (nothing is changed).",
        footer = {"", "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, "
                + "2 a usage, I/O or config error, or a rule that failed."})
final class CheckCommand extends RunCommand {

    @Override
    String verb() {
        return "checking";
    }

    @Override
    List<Outcome> run(Session session, List<Source> sources, Progress progress) {
        return session.check(sources, progress);
    }

    @Override
    boolean finish(Report report, List<Outcome> outcomes) {
        boolean written = writeReport(report);
        printSummary(Summary.ofCheck(report), summaryOnStdout());
        return written;
    }
}
