package org.copydesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.copydesk.cli.files.Source;
import org.copydesk.cli.report.Report;
import org.copydesk.cli.run.Outcome;
import org.copydesk.cli.run.Progress;
import org.copydesk.cli.run.Session;
import org.copydesk.cli.run.UnifiedDiff;
import org.copydesk.core.io.ByteSplicer;
import org.copydesk.core.io.TextFileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Apply every automatic fix (duplicate paragraphs, CMS footers) in place, then report what is "
                + "left. Fixes that need a writer's choice, such as a quote's attribution, are only offered in the editor.",
                "Files are replaced atomically and keep their encoding, every byte outside the fixes, their permissions, "
                + "ACLs and extended attributes; a file with hard links is rewritten in place; an unchanged file is not "
                + "touched. Standard input ('-') is written, fixed, to standard output, or unchanged if it cannot be "
                + "fixed; the report then goes to standard error."},
        footer = {"", "Exit status: as check, for what is left after fixing."})
final class FixCommand extends RunCommand {
    @Option(names = "--dry-run", description = "Change nothing: print a unified diff of what fix would do.")
    boolean dryRun;

    @Override
    String verb() {
        return "fixing";
    }

    @Override
    List<Outcome> run(Session session, List<Source> sources, Progress progress) {
        return session.fix(sources, !dryRun, progress);
    }

    @Override
    boolean finish(Report report, List<Outcome> outcomes) {
        long changed = 0;
        long fixed = 0;
        boolean written = true;
        boolean stdin = false;
        for (Outcome outcome : outcomes) {
            if (outcome.source().stdin() && !dryRun) {
                // standard output is the text: fixed, or as it came, never a report in its place
                stdin = true;
                written &= outcome instanceof Outcome.Fixed result ? printFixed(result) : printUnchanged();
            }
            if (!(outcome instanceof Outcome.Fixed result)) {
                continue;
            }
            if (dryRun) {
                printText(UnifiedDiff.of(result.source().name(), result.original().text(), result.fixedText()));
            }
            if (result.changed() && (dryRun || result.written() || result.source().stdin())) {
                changed++;
                fixed += result.fixedCount();
            }
        }
        long left = report.findingCount();
        // standard output carries the diff or standard input's text: the report goes to --output, or to standard error
        boolean reportOnStdout = !dryRun && !stdin;
        boolean reported = true;
        if (reportOnStdout || output.output != null) {
            reported = writeReport(report);
        } else if (stdin) {
            reported = writeReport(report, System.err);
        }
        printSummary(Summary.ofFix(changed, fixed, left, dryRun, notChecked(outcomes)), reportOnStdout && summaryOnStdout());
        return reported && written;
    }

    private static long notChecked(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome.Failed.class::isInstance).count();
    }

    private static void printText(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
    }

    /** Standard input comes back in its own bytes, the fixes spliced in: encoding, byte order mark and all. */
    private boolean printFixed(Outcome.Fixed result) {
        byte[] bytes;
        try {
            bytes = ByteSplicer.splice(result.original(), session.stdinBytes(), result.edits());
        } catch (TextFileException e) {
            console.error(result.source().name() + ": " + e.getMessage() + "; standard input is given back unchanged");
            printUnchanged();
            return false;
        }
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
        return true;
    }

    /** Standard input as it came, when fix skipped it or could not read it: a filter never drops its input. */
    private boolean printUnchanged() {
        byte[] read = session.stdinBytes();
        System.out.write(read, 0, read.length);
        try {
            System.in.transferTo(System.out);
        } catch (IOException e) {
            console.error("cannot read standard input: " + e.getMessage());
            return false;
        }
        System.out.flush();
        return true;
    }
}
