package org.copydesk.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.cli.files.Source;
import org.copydesk.cli.report.FileReport;
import org.copydesk.cli.report.Problem;
import org.copydesk.core.RuleFailure;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.document.LineMap;
import org.junit.jupiter.api.Test;

class ResultsTest {
    private final List<String> messages = new ArrayList<>();
    private final Results.Messages sink = new Results.Messages() {
        @Override
        public void error(String message, Throwable cause) {
            messages.add("error: " + message);
        }

        @Override
        public void warning(String message) {
            messages.add("warning: " + message);
        }

        @Override
        public void note(String message) {
            messages.add("note: " + message);
        }
    };

    private static Source source(String name) {
        return Source.file(name, Path.of("/docs", name), Path.of("/docs"));
    }

    @Test
    void aFailedRuleIsAnErrorAndItsFileIsStillReported() {
        FileReport report = new FileReport("a.md", List.of(), List.of(new RuleFailure("some-rule", new IllegalStateException("boom"))), new LineMap(""));
        Results results = Results.collect(List.of(new Outcome.Checked(source("a.md"), report)), List.of(), sink, cause -> "");
        assertTrue(results.errors());
        assertEquals(List.of(report), results.files());
        assertEquals(List.of("error: a.md: rule some-rule failed: java.lang.IllegalStateException: boom"), messages);
    }

    @Test
    void skippedFilesWarnAndIgnoredFilesAreOnlyNoted() {
        Results results = Results.collect(List.of(new Outcome.Skipped(source("logo.md"), "binary file"), new Outcome.Ignored(source("old.md"))),
                List.of(), sink, cause -> "");
        assertFalse(results.errors());
        assertEquals(List.of(Problem.warning("logo.md", "binary file")), results.problems());
        assertEquals(List.of("warning: logo.md: binary file", "note: old.md: ignored by its config file"), messages);
    }

    @Test
    void aConfigErrorIsReportedAsTheConfigSaysItAndOtherFailuresGetTheHint() {
        Results results = Results.collect(List.of(
                new Outcome.Failed(source("a.md"), "/docs/.copydesk.yaml:2:3: rules.x: unknown rule", new ConfigException("x")),
                new Outcome.Failed(source("b.md"), "invalid UTF-8 at byte offset 3 (line 1)", new java.io.IOException())),
                List.of(Problem.error("gone.md", "no such file or directory")), sink, cause -> "; try --encoding");
        assertTrue(results.errors());
        assertEquals(3, results.problems().size());
        assertEquals(List.of("error: /docs/.copydesk.yaml:2:3: rules.x: unknown rule",
                "error: b.md: invalid UTF-8 at byte offset 3 (line 1); try --encoding"), messages);
    }
}
