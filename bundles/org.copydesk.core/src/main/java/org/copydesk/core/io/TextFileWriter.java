package org.copydesk.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.copydesk.core.TextEdit;

/**
 * Writes a fixed text back over the file it was read from, so that nothing but the fixed ranges changes and a
 * crash never leaves half a file: the new bytes go to a temporary file beside the original, which then replaces
 * it in one atomic move.
 *
 * <ul>
 * <li>Bytes: the fixes are spliced into the file's own bytes ({@link ByteSplicer}); the encoding, the byte order
 * mark and every byte outside the fixed ranges stay as they were.</li>
 * <li>Attributes: the temporary file starts as a copy of the original with its attributes (owner and group where
 * allowed, the whole mode with setuid and setgid, ACLs and extended attributes where the file system has them),
 * so the file comes back with the access it had, never wider.</li>
 * <li>Hard links: a file with more than one name is rewritten in place, so every name keeps seeing the same file;
 * its old content waits in a backup file beside it until the new one is on disk.</li>
 * <li>Edits saved meanwhile: the file's size, modification time, identity and content are compared with what was
 * read, once before the new bytes are prepared and again right before the move; the original stays open, and a
 * write that slips in between the last check and the move is detected afterwards and put back.</li>
 * </ul>
 *
 * <p>It refuses, leaving the file as it is: a file with no write permission at all (even when running as root,
 * who could write it anyway), a file reached through a symbolic link that leads outside {@code root} (the tree
 * the user asked to fix), and a file modified since it was read. Temporary and backup files have ASCII names of
 * their own, so a file name the platform's encoding cannot spell never stops a fix.
 */
public final class TextFileWriter {
    private static final Set<PosixFilePermission> WRITE_PERMISSIONS = EnumSet.of(
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final String TEMPORARY_PREFIX = ".copydesk-";

    private TextFileWriter() {
    }

    /**
     * Replaces {@code file}'s content with {@code newText}. Without the fixes' edits, everything between the first
     * and the last character that differ is written anew; {@link #write(TextFile, List, Path)} keeps more.
     *
     * @param root the folder the file was found in; a symbolic link may not lead out of it
     * @return false if {@code newText} equals the file's text, in which case nothing was touched
     */
    public static boolean write(TextFile file, String newText, Path root) throws IOException {
        return write(file, List.of(differingRange(file.text(), newText)), root);
    }

    /**
     * Applies {@code edits} (sorted, disjoint, in the coordinates of {@code file.text()}) to the file on disk.
     *
     * @param root the folder the file was found in; a symbolic link may not lead out of it
     * @return false if the edits change nothing, in which case nothing was touched
     */
    public static boolean write(TextFile file, List<TextEdit> edits, Path root) throws IOException {
        if (file.path() == null) {
            throw new IllegalArgumentException(file.name() + " was not read from a file");
        }
        if (changesNothing(file.text(), edits)) {
            return false;
        }
        Path target = file.path().toRealPath();
        Path realRoot = root.toRealPath();
        if (!target.startsWith(realRoot)) {
            throw new UnsafeWriteException(file.name(), "symbolic link to " + target + ", outside " + root);
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (!Files.isWritable(target) || posix != null && Collections.disjoint(posix.readAttributes().permissions(), WRITE_PERMISSIONS)) {
            throw new ReadOnlyFileException(file.name(), "read-only file");
        }
        try (FileChannel original = FileChannel.open(target, StandardOpenOption.READ)) {
            Snapshot before = Snapshot.take(file, target, original);
            byte[] bytes = ByteSplicer.splice(file, before.content, edits);
            if (linkCount(target) > 1) {
                writeInPlace(file, target, bytes, before, original);
            } else {
                replace(file, target, bytes, before, original);
            }
        }
        return true;
    }

    /** The file's content and stamp, checked against what was read: refused if it changed since. */
    private record Snapshot(FileStamp stamp, byte[] content) {
        static Snapshot take(TextFile file, Path target, FileChannel channel) throws IOException {
            FileStamp stamp = stampOf(target);
            if (file.stamp() != null) {
                String difference = file.stamp().differenceFrom(stamp);
                if (difference != null) {
                    throw changed(file, difference);
                }
            }
            byte[] content = readAll(channel, stamp.size());
            int skip = file.hasBom() ? file.bom().length() : 0;
            boolean sameBom = !file.hasBom() || ByteOrderMark.detect(content).orElse(null) == file.bom();
            if (!sameBom || !ByteSplicer.decodesTo(file.charset(), content, skip, file.text())) {
                throw changed(file, "its text changed");
            }
            return new Snapshot(stamp, content);
        }

        /** Throws if the file is no longer exactly what this snapshot saw. */
        void verify(TextFile file, Path target, FileChannel channel) throws IOException {
            String difference = stamp.differenceFrom(stampOf(target));
            if (difference != null) {
                throw changed(file, difference);
            }
            if (!holds(channel, content)) {
                throw changed(file, "its text changed");
            }
        }
    }

    private static FileStamp stampOf(Path target) throws IOException {
        return FileStamp.of(Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }

    private static UnsafeWriteException changed(TextFile file, String how) {
        return new UnsafeWriteException(file.name(), "file " + how + " while it was being fixed");
    }

    /** Whether the file {@code channel} reads holds exactly {@code content}: compared a chunk at a time. */
    private static boolean holds(FileChannel channel, byte[] content) throws IOException {
        if (channel.size() != content.length) {
            return false;
        }
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        long position = 0;
        while (position < content.length) {
            chunk.clear();
            int read = channel.read(chunk, position);
            if (read <= 0 || !chunk.flip().equals(ByteBuffer.wrap(content, (int) position, read))) {
                return false;
            }
            position += read;
        }
        return channel.read(ByteBuffer.allocate(1), position) < 0;
    }

    /** Reads the whole file through {@code channel}, from its start; one byte more than expected shows it grew. */
    private static byte[] readAll(FileChannel channel, long expectedSize) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, expectedSize + 1));
        long position = 0;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            position += read;
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private static void replace(TextFile file, Path target, byte[] bytes, Snapshot before, FileChannel original) throws IOException {
        Path temporary = temporaryFile(file, target, ".tmp");
        try {
            // a copy carries every attribute the platform can copy: ACLs, extended attributes, the whole mode
            Files.copy(target, temporary, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(channel, bytes);
                channel.force(true);
            }
            FileAttributes.copy(target, temporary);
            before.verify(file, target, original);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        putBackALateSave(file, target, before, original);
    }

    /**
     * A program that saved into the original file between the last check and the move wrote into the file the
     * move has just unlinked; {@code original} still holds it. If it did, its content goes back in place.
     */
    private static void putBackALateSave(TextFile file, Path target, Snapshot before, FileChannel original) throws IOException {
        if (holds(original, before.content())) {
            return;
        }
        byte[] now = readAll(original, original.size());
        Path temporary = temporaryFile(file, target, ".tmp");
        try {
            Files.copy(target, temporary, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(channel, now);
                channel.force(true);
            }
            FileAttributes.copy(target, temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        throw changed(file, "was saved");
    }

    /** Hard links share one file: it is rewritten where it is, its old content kept beside it until then. */
    private static void writeInPlace(TextFile file, Path target, byte[] bytes, Snapshot before, FileChannel original) throws IOException {
        Path backup = temporaryFile(file, target, ".bak");
        try {
            try (FileChannel channel = FileChannel.open(backup, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(channel, before.content());
                channel.force(true);
            }
            before.verify(file, target, original);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(backup);
            throw e;
        }
        try {
            Object mode = FileAttributes.mode(target);
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                writeFully(channel, bytes);
                channel.truncate(bytes.length);
                channel.force(true);
            }
            // a write clears the setuid and setgid bits unless the writer is privileged
            FileAttributes.restoreMode(target, mode);
        } catch (IOException | RuntimeException e) {
            throw new UnsafeWriteException(file.name(), "could not be rewritten (" + e.getMessage() + "); its text as it was is in "
                    + backup.getFileName());
        }
        Files.delete(backup);
    }

    private static Path temporaryFile(TextFile file, Path target, String suffix) throws IOException {
        try {
            return Files.createTempFile(target.getParent(), TEMPORARY_PREFIX, suffix);
        } catch (AccessDeniedException e) {
            throw new ReadOnlyFileException(file.name(), "read-only folder");
        }
    }

    private static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = 0;
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }

    private static long linkCount(Path target) {
        try {
            Object count = Files.getAttribute(target, "unix:nlink");
            return count instanceof Number n ? n.longValue() : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    private static boolean changesNothing(String text, List<TextEdit> edits) {
        for (TextEdit edit : edits) {
            if (!text.substring(edit.offset(), edit.end()).equals(edit.replacement())) {
                return false;
            }
        }
        return true;
    }

    /** The one edit that replaces what differs between {@code text} and {@code newText}: their common ends stay. */
    private static TextEdit differingRange(String text, String newText) {
        int prefix = 0;
        int shorter = Math.min(text.length(), newText.length());
        while (prefix < shorter && text.charAt(prefix) == newText.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && text.charAt(text.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        // never split a surrogate pair
        if (prefix > 0 && Character.isHighSurrogate(text.charAt(prefix - 1))) {
            prefix--;
        }
        if (suffix > 0 && Character.isLowSurrogate(text.charAt(text.length() - suffix))) {
            suffix--;
        }
        return TextEdit.replace(prefix, text.length() - suffix, newText.substring(prefix, newText.length() - suffix));
    }
}
