package org.copydesk.core.text;

/**
 * The promise every automatic fix keeps: it deletes no word that exists nowhere else. A deletion is safe when
 * every word of the deleted text (numbers and names included) also appears in the text that stays, compared as
 * {@link ProseWords} reads them, so that case, spacing, wrapping, punctuation, quote and dash styles do not
 * count. A fix whose deletion is not safe needs a writer's choice: it may only be offered as a suggestion.
 *
 * <p>A duplicate's copy, for instance, is safe to delete when the paragraph it copies holds all its words: an
 * exact copy, or one that dropped a word. One that adds a sentence or says "killed" where the first says
 * "injured" is not. Chrome a CMS glued on is not the writer's, but it is not safe either: the footer check
 * removes it first, and the copy is safe once it is gone.
 */
public final class SafeDeletion {
    private SafeDeletion() {
    }

    /** Whether deleting {@code text[start, end)} loses no word that {@code text[keptStart, keptEnd)} does not hold. */
    public static boolean losesNoWord(CharSequence text, int start, int end, int keptStart, int keptEnd) {
        return losesNoWord(ProseWords.of(text, start, end), ProseWords.of(text, keptStart, keptEnd));
    }

    /** Whether every word of {@code deleted} is among the words of {@code kept}. */
    public static boolean losesNoWord(ProseWords deleted, ProseWords kept) {
        return firstLostWord(deleted, kept) < 0;
    }

    /** The index in {@code deleted} of its first word that {@code kept} does not hold, or -1 if there is none. */
    public static int firstLostWord(ProseWords deleted, ProseWords kept) {
        for (int i = 0; i < deleted.size(); i++) {
            if (!kept.contains(deleted.key(i))) {
                return i;
            }
        }
        return -1;
    }
}
