package org.copydesk.lsp.workspace;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;

import org.copydesk.core.Related;
import org.copydesk.lsp.documents.DocumentKey;
import org.copydesk.lsp.documents.DocumentStore;
import org.copydesk.lsp.documents.OpenDocument;
import org.copydesk.lsp.documents.OtherFiles;
import org.copydesk.lsp.documents.Uris;
import org.copydesk.lsp.text.Positions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The other copy of a paragraph copied across files: {@link WorkspaceCopies} names a file by its path in the
 * workspace folder both files share, and its line. The place is the whole paragraph when the other file is open
 * and still has it where the index saw it, else the start of its line (the file on disk may have moved on; the
 * line is what the message says).
 */
public final class OtherCopies implements OtherFiles {
    private final DocumentStore documents;
    private final Function<Path, Path> folderOf;

    /** @param folderOf the workspace folder holding a file, or null */
    public OtherCopies(DocumentStore documents, Function<Path, Path> folderOf) {
        this.documents = documents;
        this.folderOf = folderOf;
    }

    @Override
    public Location locate(String uri, Related place) {
        Path file = Uris.toPath(uri);
        Path folder = file == null ? null : folderOf.apply(file);
        if (folder == null) {
            return null;
        }
        Path other;
        try {
            other = folder.resolve(place.file()).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
        int line = Math.max(0, place.line() - 1);
        Range range = new Range(new Position(line, 0), new Position(line, 0));
        OpenDocument open = documents.get(other);
        if (open != null) {
            Positions positions = open.positions();
            if (place.end() <= positions.text().length() && positions.position(place.start()).getLine() == line) {
                range = positions.range(place.start(), place.end());
            }
        }
        return new Location(DocumentKey.of(other).uri(), range);
    }
}
