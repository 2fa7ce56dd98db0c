package org.copydesk.lsp.documents;

import org.copydesk.core.Related;
import org.eclipse.lsp4j.Location;

/**
 * Where a place in another file is, for the editor: a copy's first occurrence names its file as messages do (its
 * path in the workspace folder), and only the server knows the folder and whether that file is open.
 */
public interface OtherFiles {
    /** Knows no other file: such places are left out. */
    OtherFiles NONE = (uri, place) -> null;

    /** The place {@code place}, in another file than the document {@code uri}; null if it cannot be told. */
    Location locate(String uri, Related place);
}
