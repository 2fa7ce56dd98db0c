package org.copydesk.core;

import org.copydesk.core.text.ProseWords;

/**
 * A paragraph of the text being checked that copies a paragraph of another file checked with it, which comes
 * earlier in the project: what the duplicate check reports in this file. Found by a project-wide index of
 * paragraph sketches, before the file is checked.
 *
 * @param start         where the copy starts in this text
 * @param end           where the copy ends in this text
 * @param otherFile     the other file, as the user named it
 * @param otherLine     the line (1-based) where the other paragraph starts
 * @param otherStart    where the other paragraph starts in its file's text
 * @param otherEnd      where the other paragraph ends in its file's text
 * @param how           how it is copied, for the message: {@code ""}, {@code ", with small differences"}, …
 * @param otherText     the text of the other paragraph, to tell whether removing the copy loses a word and to quote
 *                      what it says instead; null if the other file could not be read again
 */
public record CrossFileCopy(int start, int end, String otherFile, int otherLine, int otherStart, int otherEnd, String how,
        String otherText) {

    /** The words of the other paragraph, or null if its text is not known. */
    public ProseWords otherWords() {
        return otherText == null ? null : ProseWords.of(otherText, 0, otherText.length());
    }

    /** This copy at {@code start} instead, the text before it having grown by {@code shift} characters. */
    public CrossFileCopy shifted(int shift) {
        return new CrossFileCopy(start + shift, end + shift, otherFile, otherLine, otherStart, otherEnd, how, otherText);
    }
}
