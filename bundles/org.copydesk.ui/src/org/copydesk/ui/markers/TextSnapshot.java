package org.copydesk.ui.markers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import org.copydesk.core.io.TextFileReader;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;

/**
 * The text of a file at one moment, and a way to tell later whether it is still the current text: the buffer of
 * an open editor (possibly unsaved) if there is one, else the file on disk, read by the core's reader as the
 * command line tool reads it. Both drop a byte order mark, so offsets in the text are offsets in the editor.
 */
public record TextSnapshot(String text, IDocument document, long stamp) {
    /** The current text of {@code file}, or null if it is not a text file Copydesk should read. */
    public static TextSnapshot of(IFile file) throws CoreException {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        if (buffer != null) {
            return of(buffer.getDocument());
        }
        long stamp = file.getModificationStamp();
        // the file's encoding as Eclipse knows it (project or file setting) for files without a byte order mark
        TextFileReader reader = new TextFileReader(charset(file), TextFileReader.DEFAULT_MAX_BYTES);
        IPath location = file.getLocation();
        try {
            if (location != null) {
                return new TextSnapshot(reader.read(file.getName(), location.toFile().toPath()).text(), null, stamp);
            }
            try (InputStream in = file.getContents(true)) {
                return new TextSnapshot(reader.read(file.getName(), in).text(), null, stamp);
            }
        } catch (IOException e) {
            // too large, binary, not valid in its encoding, or gone: nothing Copydesk can check
            return null;
        }
    }

    /** The text of a document; read until two stamps agree, since an editor may change it meanwhile. */
    public static TextSnapshot of(IDocument document) {
        for (;;) {
            long before = stampOf(document);
            String text = document.get();
            if (stampOf(document) == before) {
                return text.indexOf('\0') >= 0 ? null : new TextSnapshot(text, document, before);
            }
        }
    }

    /** True if the file or document still holds exactly this text. */
    public boolean isCurrent(IFile file) {
        if (document != null) {
            return stampOf(document) == stamp;
        }
        return file.getModificationStamp() == stamp;
    }

    static long stampOf(IDocument document) {
        return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    }

    private static Charset charset(IFile file) {
        try {
            return Charset.forName(file.getCharset());
        } catch (CoreException | IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
