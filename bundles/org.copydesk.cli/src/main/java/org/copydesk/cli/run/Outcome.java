package org.copydesk.cli.run;

import java.util.List;

import org.copydesk.cli.files.Source;
import org.copydesk.cli.report.FileReport;
import org.copydesk.core.TextEdit;
import org.copydesk.core.io.TextFile;

/** What became of one document in a run. */
public sealed interface Outcome {
    Source source();

    /** Checked; the report holds its findings. */
    record Checked(Source source, FileReport report) implements Outcome {
    }

    /**
     * Fixed, or checked and found nothing to fix. {@code report} holds what is left in {@code fixedText}, which
     * {@code edits} (in the original's coordinates) make of the original. {@code writeProblem} says why a changed
     * text was not written (a read-only file, say), or is null; the report is then of the original.
     */
    record Fixed(Source source, TextFile original, String fixedText, List<TextEdit> edits, FileReport report, int fixedCount,
            String writeProblem) implements Outcome {
        public boolean changed() {
            return !fixedText.equals(original.text());
        }

        public boolean written() {
            return changed() && writeProblem == null;
        }
    }

    /** Not checked, with a warning: a binary file. */
    record Skipped(Source source, String reason) implements Outcome {
    }

    /** Not checked, silently: the config file's {@code ignore} list names it (and the user did not). */
    record Ignored(Source source) implements Outcome {
    }

    /** Not checked: an error. {@code cause} is kept for {@code --verbose}. */
    record Failed(Source source, String reason, Throwable cause) implements Outcome {
    }
}
