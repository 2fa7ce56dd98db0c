package org.copydesk.core.io;

/** A file's line-ending convention: the line break it uses most. */
public enum LineEnding {
    LF("\n"), CRLF("\r\n"), CR("\r");

    private final String separator;

    LineEnding(String separator) {
        this.separator = separator;
    }

    public String separator() {
        return separator;
    }

    /** The most frequent line break of {@code text}; {@link #LF} when it has none, or on a tie with LF. */
    public static LineEnding of(CharSequence text) {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lf++;
            } else if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            }
        }
        if (crlf > lf && crlf >= cr) {
            return CRLF;
        }
        return cr > lf && cr > crlf ? CR : LF;
    }

    /**
     * {@code inserted} with its line breaks in this convention, so that text a fix inserts (rules write
     * {@code \n}) does not bring foreign line endings into a CRLF file.
     */
    public String apply(String inserted) {
        if (this == LF && inserted.indexOf('\r') < 0 || inserted.indexOf('\n') < 0 && inserted.indexOf('\r') < 0) {
            return inserted;
        }
        StringBuilder out = new StringBuilder(inserted.length() + 8);
        int n = inserted.length();
        for (int i = 0; i < n; i++) {
            char c = inserted.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && inserted.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append(separator);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
