package org.copydesk.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes a fixed text back over the file it was read from, so that nothing but the text changes and a crash
 * never leaves half a file: the new bytes go to a temporary file beside the original, which then replaces it
 * in one atomic move. The encoding, the byte order mark and the permissions stay as they were.
 *
 * <p>It refuses, leaving the file as it is: a file with no write permission at all (even when running as
 * root, who could write it anyway), a file reached through a symbolic link that leads outside {@code root}
 * (the tree the user asked to fix), and a file modified since it was read.
 */
public final class TextFileWriter {
    private static final Set<PosixFilePermission> WRITE_PERMISSIONS = EnumSet.of(
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private TextFileWriter() {
    }

    /**
     * Replaces {@code file}'s content with {@code newText}.
     *
     * @param root the folder the file was found in; a symbolic link may not lead out of it
     * @return false if {@code newText} equals the file's text, in which case nothing was touched
     */
    public static boolean write(TextFile file, String newText, Path root) throws IOException {
        if (newText.equals(file.text())) {
            return false;
        }
        if (file.path() == null) {
            throw new IllegalArgumentException(file.name() + " was not read from a file");
        }
        Path target = file.path().toRealPath();
        Path realRoot = root.toRealPath();
        if (!target.startsWith(realRoot)) {
            throw new UnsafeWriteException(file.name(), "symbolic link to " + target + ", outside " + root);
        }
        checkUnchangedSinceRead(file, target);
        PosixFileAttributes posix = posixAttributes(target);
        if (!Files.isWritable(target) || posix != null && Collections.disjoint(posix.permissions(), WRITE_PERMISSIONS)) {
            throw new ReadOnlyFileException(file.name(), "read-only file");
        }
        replace(file.name(), target, encode(file, newText), posix);
        return true;
    }

    private static void checkUnchangedSinceRead(TextFile file, Path target) throws IOException {
        FileTime now = Files.getLastModifiedTime(target);
        if (file.lastModified() != null && !now.equals(file.lastModified())) {
            throw new UnsafeWriteException(file.name(), "file changed while it was being checked");
        }
    }

    private static PosixFileAttributes posixAttributes(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes();
    }

    private static ByteBuffer encode(TextFile file, String text) throws IOException {
        CharsetEncoder encoder = file.charset().newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer content;
        try {
            content = encoder.encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new UnsafeWriteException(file.name(), "the fixed text cannot be written in " + file.charset().name());
        }
        if (!file.hasBom()) {
            return content;
        }
        ByteBuffer withBom = ByteBuffer.allocate(file.bom().length() + content.remaining());
        return withBom.put(file.bom().bytes()).put(content).flip();
    }

    private static void replace(String name, Path target, ByteBuffer bytes, PosixFileAttributes posix) throws IOException {
        Path temporary;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".copydesk-tmp");
        } catch (AccessDeniedException e) {
            throw new ReadOnlyFileException(name, "read-only folder");
        }
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            if (posix != null) {
                keepOwnership(temporary, posix);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The temporary file is created private (0600); give it the original's mode, and its owner when allowed. */
    private static void keepOwnership(Path temporary, PosixFileAttributes original) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        view.setPermissions(original.permissions());
        // only root may give a file away; anyone else writes files as themselves, as any editor would
        try {
            view.setOwner(original.owner());
        } catch (IOException e) {
            // keep our own
        }
        try {
            view.setGroup(original.group());
        } catch (IOException e) {
            // keep our own
        }
    }
}
