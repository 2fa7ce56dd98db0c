package org.copydesk.core.rules.quote;

import java.util.Arrays;
import java.util.List;

import org.copydesk.core.text.Chars;

/**
 * The words of one paragraph in order, with each top-level quotation standing as a single token, and the
 * sentence each token belongs to. Sentences end at a full stop, question or exclamation mark followed by a
 * capital (not after an initial or an abbreviation), and after a quotation that ends with one, so that a
 * quotation is always inside exactly one sentence. Built in one pass; only paragraphs with quotations are built.
 */
final class ParagraphTokens {
    /** Lower case of the Latin-1 letters, looked up rather than asked of {@link Character} for every letter. */
    private static final char[] LATIN_LOWER = new char[256];

    static {
        for (char c = 0; c < LATIN_LOWER.length; c++) {
            LATIN_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private final String text;
    private final Lexicon lexicon;
    private int paragraphStart;
    private int paragraphEnd;
    private List<Quotation.Part> parts;

    private int size;
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] sentence = new int[64];
    /** The index into {@link #parts} for a quotation token, -1 for a word. */
    private int[] part = new int[64];
    private String[] lower = new String[64];
    private boolean[] capital = new boolean[64];
    private int sentences;
    private char[] buffer = new char[32];

    /** One buffer, refilled for each paragraph by {@link #read}, so that tokenising allocates little. */
    ParagraphTokens(String text, Lexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
    }

    /** Tokenises {@code [paragraphStart, paragraphEnd)}, whose top-level quotation parts are {@code parts}. */
    ParagraphTokens read(int paragraphStart, int paragraphEnd, List<Quotation.Part> parts) {
        this.paragraphStart = paragraphStart;
        this.paragraphEnd = paragraphEnd;
        this.parts = parts;
        this.size = 0;
        read();
        return this;
    }

    private void read() {
        int i = paragraphStart;
        int next = 0;
        int current = 0;
        boolean pendingBreak = false;
        while (i < paragraphEnd) {
            int nextOpen = next < parts.size() ? parts.get(next).open() : paragraphEnd;
            if (i >= nextOpen) {
                Quotation.Part quote = parts.get(next);
                if (pendingBreak) {
                    current++;
                    pendingBreak = false;
                }
                add(quote.open(), quote.closeEnd(), current, next, null, false);
                i = Math.max(quote.closeEnd(), i + 1);
                pendingBreak = quote.isClosed() && endsWithStop(quote) && capitalFollows(quote.closeEnd(), nextOpenAfter(next));
                next++;
                continue;
            }
            char c = text.charAt(i);
            if (Words.isWordChar(c)) {
                int j = i + 1;
                while (j < nextOpen && Words.isWordChar(text.charAt(j))) {
                    j++;
                }
                if (pendingBreak) {
                    current++;
                    pendingBreak = false;
                }
                add(i, j, current, -1, null, Character.isUpperCase(c));
                i = j;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(i, nextOpen)) {
                pendingBreak = true;
            }
            i++;
        }
        sentences = size == 0 ? 0 : sentence[size - 1] + 1;
    }

    /** The word in lower case, copied once (String.toLowerCase is slow on the capitalised words news is full of). */
    private String lowerCase(int from, int to) {
        int length = to - from;
        if (buffer.length < length) {
            buffer = new char[Math.max(length, buffer.length * 2)];
        }
        boolean changed = false;
        text.getChars(from, to, buffer, 0);
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            char lowered = c < LATIN_LOWER.length ? LATIN_LOWER[c] : Character.toLowerCase(c);
            changed |= lowered != c;
            buffer[i] = lowered;
        }
        return changed ? new String(buffer, 0, length) : text.substring(from, to);
    }

    private int nextOpenAfter(int partIndex) {
        return partIndex + 1 < parts.size() ? parts.get(partIndex + 1).open() : paragraphEnd;
    }

    private void add(int from, int to, int sentenceIndex, int partIndex, String word, boolean upper) {
        if (size == start.length) {
            int grown = size * 2;
            start = Arrays.copyOf(start, grown);
            end = Arrays.copyOf(end, grown);
            sentence = Arrays.copyOf(sentence, grown);
            part = Arrays.copyOf(part, grown);
            lower = Arrays.copyOf(lower, grown);
            capital = Arrays.copyOf(capital, grown);
        }
        start[size] = from;
        end[size] = to;
        sentence[size] = sentenceIndex;
        part[size] = partIndex;
        lower[size] = word;
        capital[size] = upper;
        size++;
    }

    /** A stop in the narrative at {@code i} ends its sentence unless it follows an initial or an abbreviation. */
    private boolean endsSentence(int i, int nextOpen) {
        if (text.charAt(i) == '.') {
            if (i + 1 < paragraphEnd && text.charAt(i + 1) == '.' || i > paragraphStart && text.charAt(i - 1) == '.') {
                return false;
            }
            if (size > 0 && end[size - 1] == i && part[size - 1] < 0) {
                String word = word(size - 1);
                if (word.length() == 1 && Character.isLetter(word.charAt(0)) || lexicon.abbreviations.contains(word)) {
                    return false;
                }
            }
        }
        int j = i + 1;
        while (j < nextOpen && ")]}".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return capitalFollows(j, nextOpen);
    }

    /** The quotation's last character before its closing mark is a stop: "We will win." */
    private boolean endsWithStop(Quotation.Part quote) {
        int j = Chars.trimEnd(text, quote.openEnd(), quote.close());
        if (j == quote.openEnd()) {
            return false;
        }
        char last = text.charAt(j - 1);
        return last == '.' || last == '!' || last == '?';
    }

    /** Whitespace at {@code j}, then a capital, a digit or an opening mark: a new sentence starts. */
    private boolean capitalFollows(int j, int nextOpen) {
        int k = j;
        while (k < paragraphEnd && ")]}".indexOf(text.charAt(k)) >= 0 && k < nextOpen) {
            k++;
        }
        if (k >= paragraphEnd || !Chars.isSpace(text.charAt(k))) {
            return false;
        }
        while (k < paragraphEnd && Chars.isSpace(text.charAt(k))) {
            k++;
        }
        if (k >= paragraphEnd) {
            return false;
        }
        char c = text.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || Mark.isMark(c) || c == '(' || c == '\u2014';
    }

    int size() {
        return size;
    }

    int sentences() {
        return sentences;
    }

    int start(int t) {
        return start[t];
    }

    int end(int t) {
        return end[t];
    }

    int sentence(int t) {
        return sentence[t];
    }

    boolean isQuote(int t) {
        return part[t] >= 0;
    }

    boolean isWord(int t) {
        return part[t] < 0;
    }

    /** The index among the paragraph's parts of quotation token {@code t}. */
    int partIndex(int t) {
        return part[t];
    }

    /** The quotation part of token {@code t}; only for quotation tokens. */
    Quotation.Part part(int t) {
        return parts.get(part[t]);
    }

    /** The lower-case word of token {@code t}, made on first use; null for quotation tokens. */
    String word(int t) {
        String word = lower[t];
        if (word == null && part[t] < 0) {
            word = lowerCase(start[t], end[t]);
            lower[t] = word;
        }
        return word;
    }

    boolean isCapitalized(int t) {
        return capital[t];
    }

    boolean isFirstOfSentence(int t) {
        return t == 0 || sentence[t - 1] != sentence[t];
    }

    boolean isLastOfSentence(int t) {
        return t == size - 1 || sentence[t + 1] != sentence[t];
    }
}
