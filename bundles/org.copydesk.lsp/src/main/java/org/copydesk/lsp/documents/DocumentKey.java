package org.copydesk.lsp.documents;

import java.nio.file.Path;

/** A document's URI as the editor spells it, and its file if it is one ({@code file:} URIs). */
public record DocumentKey(String uri, Path path) {

    public static DocumentKey of(String uri) {
        return new DocumentKey(uri, Uris.toPath(uri));
    }

    /** The key of a file, its URI spelled as {@link Path#toUri()} spells it. */
    public static DocumentKey of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new DocumentKey(absolute.toUri().toString(), absolute);
    }
}
