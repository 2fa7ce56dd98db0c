package org.copydesk.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.Related;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleDocs;
import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rules.BuiltInRules;
import org.copydesk.lsp.documents.OpenDocument;
import org.copydesk.lsp.text.Positions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * The hover on a finding, in Markdown, short first: the message, the rule and severity, the related place and the
 * fixes on offer; then the rule's page (as {@code copydesk explain} prints it) for whoever reads on.
 */
final class Hovers {
    private final Map<String, String> docs = new ConcurrentHashMap<>();

    Hover at(OpenDocument.Checked checked, Position position) {
        Positions positions = checked.positions();
        int offset = positions.offset(position);
        List<Finding> here = checked.result().findings().stream()
                .filter(f -> f.start() <= offset && (offset < f.end() || offset == f.start())).toList();
        if (here.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Finding finding : here) {
            text.append("**").append(escape(finding.message())).append("**\n\n`").append(finding.ruleId()).append("` · ")
                    .append(finding.severity().id());
            for (Related related : finding.related()) {
                text.append(" · ").append(escape(related.message())).append(" (line ")
                        .append(positions.position(related.start()).getLine() + 1).append(')');
            }
            if (!finding.fixes().isEmpty()) {
                text.append("\n\nFixes: ").append(finding.fixes().stream().map(Fix::label).map(Hovers::escape)
                        .collect(Collectors.joining(", ")));
            }
            text.append("\n\n");
        }
        for (String ruleId : here.stream().map(Finding::ruleId).distinct().toList()) {
            text.append("---\n\n").append(docs.computeIfAbsent(ruleId, Hovers::page)).append("\n\n");
        }
        Finding first = here.get(0);
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString().strip()), positions.range(first.start(), first.end()));
    }

    /** The rule's page with its title as a smaller heading: a hover is no place for a top-level one. */
    private static String page(String ruleId) {
        for (Rule rule : BuiltInRules.all()) {
            RuleInfo info = rule.info();
            if (info.id().equals(ruleId)) {
                String docs = RuleDocs.page(rule).strip();
                return docs.startsWith("# ") ? "###" + docs.substring(1) : docs;
            }
        }
        return "";
    }

    /** Markdown's special characters in a message, which quotes the writer's text, shown as they are. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
