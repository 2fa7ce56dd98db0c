package org.copydesk.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.copydesk.cli.report.FileReport;
import org.copydesk.cli.report.Problem;
import org.copydesk.core.RuleFailure;
import org.copydesk.core.config.ConfigException;

/**
 * The outcomes of a run sorted into what the reports need (the files checked, the files that could not be),
 * with a message for each file not checked cleanly, and whether any of that is an error.
 */
public record Results(List<FileReport> files, List<Problem> problems, boolean errors) {

    /** Where the messages go: the CLI's standard error, the Maven log. */
    public interface Messages {
        void error(String message, Throwable cause);

        void warning(String message);

        void note(String message);
    }

    /**
     * @param earlierProblems paths that named nothing, found before the run
     * @param hint            extra advice for an error's cause, in the caller's terms (an option name), or ""
     */
    public static Results collect(List<Outcome> outcomes, List<Problem> earlierProblems, Messages messages,
            Function<Throwable, String> hint) {
        List<FileReport> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(earlierProblems);
        boolean errors = !earlierProblems.isEmpty();
        for (Outcome outcome : outcomes) {
            String name = outcome.source().name();
            if (outcome instanceof Outcome.Checked checked) {
                errors |= add(files, checked.report(), messages);
            } else if (outcome instanceof Outcome.Fixed fixed) {
                errors |= add(files, fixed.report(), messages);
                if (fixed.writeProblem() != null) {
                    messages.error(name + ": " + fixed.writeProblem(), null);
                    problems.add(Problem.error(name, fixed.writeProblem()));
                    errors = true;
                }
            } else if (outcome instanceof Outcome.Skipped skipped) {
                messages.warning(name + ": " + skipped.reason());
                problems.add(Problem.warning(name, skipped.reason()));
            } else if (outcome instanceof Outcome.Ignored) {
                messages.note(name + ": ignored by its config file");
            } else if (outcome instanceof Outcome.Failed failed) {
                // a config file's message names the file and line already; every file under it would repeat it
                messages.error(failed.cause() instanceof ConfigException ? failed.reason()
                        : name + ": " + failed.reason() + hint.apply(failed.cause()), failed.cause());
                problems.add(Problem.error(name, failed.reason()));
                errors = true;
            }
        }
        return new Results(files, problems, errors);
    }

    private static boolean add(List<FileReport> files, FileReport report, Messages messages) {
        files.add(report);
        for (RuleFailure failure : report.failures()) {
            messages.error(report.path() + ": " + failure.message(), failure.error());
        }
        return !report.failures().isEmpty();
    }
}
