package org.copydesk.lsp.documents;

import java.net.URI;
import java.nio.file.Path;

/** {@code file:} URIs to paths; editors spell them in several ways ({@code file:///C%3A/…}, {@code file:/…}). */
public final class Uris {
    private Uris() {
    }

    /** The file a URI names, or null if it names none (an {@code untitled:} buffer) or cannot be read. */
    public static Path toPath(String uri) {
        if (uri == null || !uri.regionMatches(true, 0, "file:", 0, 5)) {
            return null;
        }
        try {
            return Path.of(URI.create(uri)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
