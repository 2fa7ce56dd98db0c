package org.copydesk.lsp.documents;

import java.nio.file.Path;
import java.util.List;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.TextEdit;
import org.copydesk.core.document.Format;
import org.copydesk.core.incremental.IncrementalChecker;
import org.copydesk.lsp.text.Positions;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * A document the editor has open: its current text and version, as the editor's changes make them, and the
 * {@link IncrementalChecker} that checks it again after each change for little more than the edited paragraph.
 * Changes arrive on the protocol's thread and checks run on the checking thread: the text is read and replaced
 * under this object's lock, and a check works on a {@link Snapshot}.
 */
public final class OpenDocument {
    /**
     * One version of the text, the one edit that made it from the version checked before if it is known, and when
     * the change that made it arrived ({@link System#nanoTime()}).
     */
    public record Snapshot(String text, int version, TextEdit edit, long changedAt) {
    }

    /** A check of one version, with the positions of its text, and when its change arrived. */
    public record Checked(int version, CheckResult result, Positions positions, long changedAt) {
        public String text() {
            return positions.text();
        }
    }

    private final DocumentKey key;
    private final Format format;
    private String text;
    private int version;
    private Positions positions;
    /** The edit since the last snapshot was taken, when it was exactly one. */
    private TextEdit pendingEdit;
    private int changesSinceSnapshot;
    private IncrementalChecker checker;
    private long changedAt = System.nanoTime();
    private volatile Checked checked;

    public OpenDocument(DocumentKey key, Format format, String text, int version) {
        this.key = key;
        this.format = format;
        this.text = text;
        this.version = version;
        this.changesSinceSnapshot = 2; // no edit is known: the first check starts afresh
    }

    public DocumentKey key() {
        return key;
    }

    public String uri() {
        return key.uri();
    }

    /** The file, or null for a document that has none (an untitled buffer). */
    public Path path() {
        return key.path();
    }

    public Format format() {
        return format;
    }

    /**
     * A name the engine reads the format from: the file's path, or for a buffer whose name says nothing (an
     * untitled one, a {@code .mdx} shown as Markdown) the path with the format's extension added.
     */
    public String checkName() {
        String name = key.path() != null ? key.path().toString() : key.uri();
        return Format.ofFileName(name).orElse(null) == format ? name : name + "." + format.extensions().get(0);
    }

    public synchronized String text() {
        return text;
    }

    public synchronized int version() {
        return version;
    }

    public synchronized int length() {
        return text.length();
    }

    /** Applies the editor's changes, in order; a range outside the text is clamped to it. */
    public synchronized void change(List<TextDocumentContentChangeEvent> changes, int newVersion) {
        for (TextDocumentContentChangeEvent change : changes) {
            String replacement = change.getText() == null ? "" : change.getText();
            if (change.getRange() == null) {
                text = replacement;
                pendingEdit = null;
                changesSinceSnapshot += 2;
            } else {
                Positions at = positions();
                int start = at.offset(change.getRange().getStart());
                int end = Math.max(start, at.offset(change.getRange().getEnd()));
                text = new StringBuilder(text.length() - (end - start) + replacement.length())
                        .append(text, 0, start).append(replacement).append(text, end, text.length()).toString();
                pendingEdit = changesSinceSnapshot == 0 ? new TextEdit(start, end - start, replacement) : null;
                changesSinceSnapshot++;
            }
            positions = null;
        }
        version = newVersion;
        changedAt = System.nanoTime();
    }

    /** Positions in the current text. */
    public synchronized Positions positions() {
        Checked last = checked;
        if (positions == null) {
            positions = last != null && last.text() == text ? last.positions() : new Positions(text);
        }
        return positions;
    }

    /** The current text to check, and what changed since the last snapshot. */
    public synchronized Snapshot snapshot() {
        Snapshot snapshot = new Snapshot(text, version, changesSinceSnapshot == 1 ? pendingEdit : null, changedAt);
        changesSinceSnapshot = 0;
        pendingEdit = null;
        return snapshot;
    }

    /** Uses {@code checker} (a new configuration) from the next check on. */
    public synchronized void useChecker(Checker newChecker) {
        if (checker == null || checker.checker() != newChecker) {
            checker = new IncrementalChecker(newChecker, checkName(), format);
            checked = null;
        }
    }

    /** The checker of the settings in force, or null before the first {@link #useChecker}. */
    public synchronized Checker checker() {
        return checker == null ? null : checker.checker();
    }

    /**
     * Checks a snapshot. Snapshots must be checked in the order they were taken, on one thread, as each one's
     * edit is relative to the one before.
     */
    public Checked check(Snapshot snapshot) {
        IncrementalChecker incremental;
        synchronized (this) {
            incremental = checker;
        }
        CheckResult result;
        try {
            result = snapshot.edit() != null ? incremental.check(snapshot.text(), snapshot.edit()) : incremental.check(snapshot.text());
        } catch (RuntimeException | StackOverflowError e) {
            incremental.reset();
            throw e;
        }
        Checked done = new Checked(snapshot.version(), result, new Positions(snapshot.text(), result.document().lines()), snapshot.changedAt());
        checked = done;
        return done;
    }

    /**
     * {@code checked} again, with the paragraphs it holds that copy paragraphs of other files: the same parsed
     * document, so what the first check worked out is reused. On the checking thread.
     */
    public Checked recheck(Checked checked, List<CrossFileCopy> copies) {
        Checker plain;
        synchronized (this) {
            plain = checker.checker();
        }
        CheckResult result = plain.check(checked.result().document(), copies);
        Checked done = new Checked(checked.version(), result, checked.positions(), checked.changedAt());
        this.checked = done;
        return done;
    }

    /** The last check, of this version or an older one, or null. */
    public Checked lastChecked() {
        return checked;
    }
}
