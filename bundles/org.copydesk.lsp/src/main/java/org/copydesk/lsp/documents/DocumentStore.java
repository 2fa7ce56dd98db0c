package org.copydesk.lsp.documents;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents the editor has open, by URI and by file. Everything that reads a document's text asks here
 * first and reads the file only for a document that is not open, so that a check of several documents (a folder
 * now, a project-wide index of paragraphs later) sees the unsaved text of those being edited, as the writer does.
 */
public final class DocumentStore {
    private final Map<String, OpenDocument> byUri = new ConcurrentHashMap<>();
    private final Map<Path, OpenDocument> byPath = new ConcurrentHashMap<>();

    public void open(OpenDocument document) {
        OpenDocument replaced = byUri.put(document.uri(), document);
        if (replaced != null && replaced.path() != null) {
            byPath.remove(replaced.path(), replaced);
        }
        if (document.path() != null) {
            byPath.put(document.path(), document);
        }
    }

    public OpenDocument close(String uri) {
        OpenDocument closed = byUri.remove(uri);
        if (closed != null && closed.path() != null) {
            byPath.remove(closed.path(), closed);
        }
        return closed;
    }

    public OpenDocument get(String uri) {
        return uri == null ? null : byUri.get(uri);
    }

    /** The open document of {@code file}, whatever URI spelling the editor used, or null. */
    public OpenDocument get(Path file) {
        return byPath.get(file.toAbsolutePath().normalize());
    }

    public Collection<OpenDocument> all() {
        return List.copyOf(byUri.values());
    }
}
