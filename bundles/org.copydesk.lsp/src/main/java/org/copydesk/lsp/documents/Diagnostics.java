package org.copydesk.lsp.documents;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.Finding;
import org.copydesk.core.Related;
import org.copydesk.core.Severity;
import org.copydesk.lsp.text.Positions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * A finding as the editor shows it: the rule id as the code (its page is the hover), the severity, the message,
 * the related place (a duplicate's first occurrence) and, for text that only has to go (a copy, a footer), the
 * "unnecessary" tag, which editors draw faded.
 */
public final class Diagnostics {
    public static final String SOURCE = "copydesk";

    private Diagnostics() {
    }

    public static List<Diagnostic> of(String uri, List<Finding> findings, Positions positions, OtherFiles others) {
        List<Diagnostic> diagnostics = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            diagnostics.add(of(uri, finding, positions, others));
        }
        return diagnostics;
    }

    /** {@code others} locates the places in other files (a copy's first occurrence in another draft). */
    public static Diagnostic of(String uri, Finding finding, Positions positions, OtherFiles others) {
        Diagnostic diagnostic = new Diagnostic(positions.range(finding.start(), finding.end()), finding.message(),
                severity(finding.severity()), SOURCE);
        diagnostic.setCode(Either.forLeft(finding.ruleId()));
        if (!finding.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (Related place : finding.related()) {
                Location location = place.inOtherFile() ? others.locate(uri, place) : new Location(uri, positions.range(place.start(), place.end()));
                if (location != null) {
                    related.add(new DiagnosticRelatedInformation(location, place.message()));
                }
            }
            if (!related.isEmpty()) {
                diagnostic.setRelatedInformation(related);
            }
        }
        if (onlyRemoves(finding)) {
            diagnostic.setTags(List.of(DiagnosticTag.Unnecessary));
        }
        return diagnostic;
    }

    /** Whether the preferred automatic fix deletes exactly the text flagged: the text is not needed at all. */
    private static boolean onlyRemoves(Finding finding) {
        var fix = finding.automaticFix();
        return fix != null && fix.edits().stream().allMatch(edit -> edit.replacement().isEmpty()
                && edit.offset() <= finding.start() && edit.end() >= finding.end());
    }

    public static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }
}
