package org.copydesk.lsp.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.copydesk.core.AutomaticFixer;
import org.copydesk.core.Checker;
import org.copydesk.core.Finding;
import org.copydesk.core.Fix;
import org.copydesk.core.FixApplier;
import org.copydesk.core.Related;
import org.copydesk.core.TextEdit;
import org.copydesk.lsp.ClientSupport;
import org.copydesk.lsp.documents.Diagnostics;
import org.copydesk.lsp.documents.OpenDocument;
import org.copydesk.lsp.documents.OtherFiles;
import org.copydesk.lsp.text.Positions;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import com.google.gson.JsonObject;

/**
 * The code actions on a document: every fix each finding under the cursor carries (automatic or a suggestion,
 * the first one preferred), the same fix for every finding of that rule in the file, "ignore", and the file's
 * automatic fixes all at once as {@value #FIX_ALL_KIND}, through {@link AutomaticFixer} so that the editor gives
 * the same text as {@code copydesk fix}. Every edit names the document version it was computed on, so that a
 * client refuses an action gone stale instead of applying it to text that has moved.
 */
public final class CodeActions {
    public static final String FIX_ALL_KIND = CodeActionKind.SourceFixAll + ".copydesk";
    static final String FIX_ALL_TITLE = "Fix all automatic Copydesk fixes";

    /** The command behind "Go to the other copy": the server asks the editor to show the place ({@code window/showDocument}). */
    public static final String SHOW_OTHER_COPY_COMMAND = "copydesk.showOtherCopy";

    private final ClientSupport client;
    private final Ignores ignores;
    private final OtherFiles others;

    public CodeActions(ClientSupport client, Ignores ignores, OtherFiles others) {
        this.client = client;
        this.ignores = ignores;
        this.others = others;
    }

    public List<Either<Command, CodeAction>> of(OpenDocument document, OpenDocument.Checked checked, Range range, List<String> only) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        Positions positions = checked.positions();
        String text = checked.text();
        List<Finding> findings = checked.result().findings();
        if (wants(only, CodeActionKind.QuickFix) && range != null) {
            int from = positions.offset(range.getStart());
            int to = Math.max(from, positions.offset(range.getEnd()));
            for (Finding finding : findings) {
                if (finding.start() <= to && from <= finding.end()) {
                    quickFixes(document, checked, finding, actions);
                }
            }
        }
        if (wants(only, FIX_ALL_KIND) && findings.stream().anyMatch(f -> f.automaticFix() != null)) {
            CodeAction fixAll = new CodeAction(FIX_ALL_TITLE);
            fixAll.setKind(FIX_ALL_KIND);
            if (client.codeActionResolve()) {
                JsonObject data = new JsonObject();
                data.addProperty("uri", document.uri());
                fixAll.setData(data);
            } else {
                fixAll.setEdit(edit(document.uri(), checked.version(), positions, fixAll(document, document.checker(), text)));
            }
            actions.add(Either.forRight(fixAll));
        }
        return actions;
    }

    private void quickFixes(OpenDocument document, OpenDocument.Checked checked, Finding finding, List<Either<Command, CodeAction>> actions) {
        Positions positions = checked.positions();
        String text = checked.text();
        Diagnostic diagnostic = Diagnostics.of(document.uri(), finding, positions, others);
        Fix preferred = finding.fixes().isEmpty() ? null : finding.fixes().get(0);
        for (Fix fix : finding.fixes()) {
            List<TextEdit> edits = EditPlan.of(text, List.of(fix));
            if (!edits.isEmpty()) {
                CodeAction action = quickFix(fix.label(), diagnostic, edit(document.uri(), checked.version(), positions, edits));
                action.setIsPreferred(fix == preferred);
                actions.add(Either.forRight(action));
            }
        }
        for (Map.Entry<String, List<Fix>> sameFix : sameFixOfRule(checked.result().findings(), finding).entrySet()) {
            List<Fix> fixes = sameFix.getValue();
            List<TextEdit> edits = EditPlan.of(text, fixes);
            if (!edits.isEmpty()) {
                actions.add(Either.forRight(quickFix(sameFix.getKey() + ": all " + fixes.size() + " in this file", diagnostic,
                        edit(document.uri(), checked.version(), positions, edits))));
            }
        }
        goToOtherCopy(document, finding, diagnostic).ifPresent(actions::add);
        ignores.action(this, document, checked, finding, diagnostic).ifPresent(actions::add);
    }

    /**
     * For a copy of another file's paragraph, an action that opens that file at the paragraph: its command, if the
     * editor does not run it itself (Copydesk's Neovim setup does), has the server ask the editor to show the
     * place ({@code window/showDocument}), or say where it is to an editor that cannot.
     */
    private java.util.Optional<Either<Command, CodeAction>> goToOtherCopy(OpenDocument document, Finding finding, Diagnostic diagnostic) {
        for (Related place : finding.related()) {
            Location location = place.inOtherFile() ? others.locate(document.uri(), place) : null;
            if (location != null) {
                CodeAction action = new CodeAction("Go to the other copy (" + place.file() + ", line " + place.line() + ")");
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setCommand(new Command(action.getTitle(), SHOW_OTHER_COPY_COMMAND, List.of(location.getUri(), location.getRange())));
                return java.util.Optional.of(Either.forRight(action));
            }
        }
        return java.util.Optional.empty();
    }

    /** For each fix of {@code finding}, by label, that fix in every finding of the rule that has it, if two or more do. */
    private static Map<String, List<Fix>> sameFixOfRule(List<Finding> findings, Finding finding) {
        Map<String, List<Fix>> byLabel = new LinkedHashMap<>();
        for (Fix fix : finding.fixes()) {
            List<Fix> same = new ArrayList<>();
            for (Finding other : findings) {
                if (other.ruleId().equals(finding.ruleId())) {
                    other.fixes().stream().filter(f -> f.label().equals(fix.label())).findFirst().ifPresent(same::add);
                }
            }
            if (same.size() >= 2) {
                byLabel.putIfAbsent(fix.label(), same);
            }
        }
        return byLabel;
    }

    /** The edits of {@code copydesk fix} on {@code text}: every automatic fix, round after round. */
    public static List<TextEdit> fixAll(OpenDocument document, Checker checker, String text) {
        AutomaticFixer.Result fixed = AutomaticFixer.fix(checker, document.checkName(), text);
        if (fixed.text().equals(text)) {
            return List.of();
        }
        FixApplier.Result firstRound = FixApplier.apply(text, fixed.before().automaticFixes());
        List<TextEdit> edits = null;
        if (firstRound.text().equals(fixed.text())) {
            List<TextEdit> all = new ArrayList<>();
            firstRound.applied().forEach(fix -> all.addAll(fix.edits()));
            edits = EditPlan.merge(all);
        }
        return EditPlan.toward(text, fixed.text(), edits);
    }

    /** Completes a {@value #FIX_ALL_KIND} action on the document as it is now. */
    public CodeAction resolveFixAll(CodeAction action, OpenDocument document, OpenDocument.Checked checked) {
        action.setEdit(edit(document.uri(), checked.version(), checked.positions(), fixAll(document, document.checker(), checked.text())));
        return action;
    }

    private static CodeAction quickFix(String title, Diagnostic diagnostic, WorkspaceEdit edit) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(edit);
        return action;
    }

    /** Engine edits as a workspace edit on one version of one document. */
    public WorkspaceEdit edit(String uri, int version, Positions positions, List<TextEdit> edits) {
        List<org.eclipse.lsp4j.TextEdit> lspEdits = new ArrayList<>(edits.size());
        for (TextEdit edit : edits) {
            org.eclipse.lsp4j.Range range = positions.range(edit.offset(), edit.end());
            if (client.endOfTextOnNextLine() && edit.end() == positions.text().length() && !endsWithLineBreak(positions.text())) {
                range.setEnd(new org.eclipse.lsp4j.Position(range.getEnd().getLine() + 1, 0));
            }
            lspEdits.add(new org.eclipse.lsp4j.TextEdit(range, edit.replacement()));
        }
        WorkspaceEdit workspaceEdit = new WorkspaceEdit();
        if (client.documentChanges()) {
            List<Either<org.eclipse.lsp4j.TextEdit, SnippetTextEdit>> documentEdits = new ArrayList<>(lspEdits.size());
            lspEdits.forEach(edit -> documentEdits.add(Either.forLeft(edit)));
            workspaceEdit.setDocumentChanges(List.of(Either.forLeft(new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), documentEdits))));
        } else {
            workspaceEdit.setChanges(Map.of(uri, lspEdits));
        }
        return workspaceEdit;
    }

    private static boolean endsWithLineBreak(String text) {
        return !text.isEmpty() && (text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '\r');
    }

    /** Whether a request limited to {@code only} kinds (none: all) wants actions of {@code kind}. */
    static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        return only.stream().filter(Objects::nonNull).anyMatch(o -> kind.equals(o) || kind.startsWith(o + "."));
    }
}
