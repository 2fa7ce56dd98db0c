package org.copydesk.ui.markers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;

/**
 * The text of a file at one moment, and a way to tell later whether it is still the current text: the buffer of
 * an open editor (possibly unsaved) if there is one, else the file's contents on disk.
 */
public record TextSnapshot(String text, IDocument document, long stamp) {
    /** Files larger than this are not checked: drafts are kilobytes, and a huge file would only slow the IDE. */
    static final long MAX_BYTES = 32L << 20;

    /** The current text of {@code file}, or null if it is not a text file Copydesk should read. */
    public static TextSnapshot of(IFile file) throws CoreException {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        if (buffer != null) {
            return of(buffer.getDocument());
        }
        long stamp = file.getModificationStamp();
        java.io.File local = file.getLocation() == null ? null : file.getLocation().toFile();
        if (local != null && local.length() > MAX_BYTES) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = file.getContents(true)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        String text = new String(bytes, charset(file));
        return text.indexOf('\0') >= 0 ? null : new TextSnapshot(text, null, stamp);
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
