package org.copydesk.lsp.actions;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.copydesk.core.Finding;
import org.copydesk.core.TextEdit;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.SuppressionComment;
import org.copydesk.lsp.config.ConfigStore;
import org.copydesk.lsp.documents.OpenDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The "ignore" action of a finding. Where the format has comments (Markdown, AsciiDoc) it inserts a suppression
 * comment (the core's {@link SuppressionComment}). Plain text has none, so the entry goes into {@code .copydesk.yaml}: the
 * quotation under {@code rules.unattributed-quote.ignore}, or for the other rules, which have no per-finding list,
 * the file under {@code ignore}. That action is a command ({@value #COMMAND}): the config file is edited when the
 * writer picks it, on its text at that moment, and created in the workspace folder if there is none.
 */
public final class Ignores {
    public static final String COMMAND = "copydesk.ignoreInConfig";
    private static final String QUOTE_RULE = "unattributed-quote";

    /** An entry to add to a list in a config file: {@code keys} lead to the list. */
    public record ConfigEntry(Path configFile, List<String> keys, String item) {
        public List<Object> arguments() {
            return List.of(configFile.toString(), String.join(".", keys), item);
        }
    }

    private final ConfigStore configs;
    private final UnaryOperator<Path> workspaceFolderOf;

    /** {@code workspaceFolderOf}: the workspace folder holding a file, or the file's own folder. */
    public Ignores(ConfigStore configs, UnaryOperator<Path> workspaceFolderOf) {
        this.configs = configs;
        this.workspaceFolderOf = workspaceFolderOf;
    }

    Optional<Either<Command, CodeAction>> action(CodeActions actions, OpenDocument document, OpenDocument.Checked checked,
            Finding finding, Diagnostic diagnostic) {
        if (finding.fixes().stream().anyMatch(fix -> fix.id().equals(SuppressionComment.FIX_ID))) {
            return Optional.empty(); // the rule offers its own way to ignore this one
        }
        TextEdit comment = SuppressionComment.forFinding(checked.result().document(), finding.start(), finding.ruleId());
        if (comment != null) {
            CodeAction action = new CodeAction("Ignore " + finding.ruleId() + " here");
            action.setKind(CodeActionKind.QuickFix);
            action.setDiagnostics(List.of(diagnostic));
            action.setEdit(actions.edit(document.uri(), checked.version(), checked.positions(), List.of(comment)));
            return Optional.of(Either.forRight(action));
        }
        return configEntry(document, checked.text(), finding).map(entry -> {
            boolean quotation = !entry.keys().equals(List.of("ignore"));
            String title = quotation ? "Ignore this quotation in .copydesk.yaml" : "Ignore this file in .copydesk.yaml";
            CodeAction action = new CodeAction(title);
            action.setKind(CodeActionKind.QuickFix);
            action.setDiagnostics(List.of(diagnostic));
            action.setCommand(new Command(title, COMMAND, entry.arguments()));
            return Either.forRight(action);
        });
    }

    /** A glob that matches exactly {@code path}: the characters globs give a meaning to are escaped. */
    static String literalGlob(String path) {
        StringBuilder glob = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if ("*?[]{}\\".indexOf(c) >= 0) {
                glob.append('\\');
            }
            glob.append(c);
        }
        return glob.toString();
    }

    /** Where a plain text finding's ignore entry goes, or empty where there is no config file to take it. */
    Optional<ConfigEntry> configEntry(OpenDocument document, String text, Finding finding) {
        Path file = document.path();
        if (file == null || file.getParent() == null) {
            return Optional.empty();
        }
        ConfigStore.Resolved resolved = configs.resolve(file);
        if (resolved.error() != null) {
            return Optional.empty(); // a config file Copydesk cannot read is not one to edit
        }
        Path configFile = resolved.file() != null ? resolved.file() : workspaceFolderOf.apply(file).resolve(Config.FILE_NAME);
        if (finding.ruleId().equals(QUOTE_RULE)) {
            String quotation = text.substring(finding.start(), finding.end()).strip();
            return quotation.isEmpty() ? Optional.empty()
                    : Optional.of(new ConfigEntry(configFile, List.of("rules", QUOTE_RULE, "ignore"), quotation));
        }
        String relative = configFile.getParent().relativize(file).toString().replace('\\', '/');
        return Optional.of(new ConfigEntry(configFile, List.of("ignore"), literalGlob(relative)));
    }
}
