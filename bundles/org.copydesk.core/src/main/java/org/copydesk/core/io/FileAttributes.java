package org.copydesk.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Set;

/**
 * Gives a rewritten file the attributes of the file it replaces, as far as the file system has them: ACLs, user
 * extended attributes and the mode, setuid and setgid bits included. On Linux a copy of the file
 * ({@code COPY_ATTRIBUTES}) is what carries POSIX ACLs, which no Java view exposes; this does the rest, and the
 * mode last, so that the group bits (an ACL's mask) end as they were.
 */
final class FileAttributes {
    private FileAttributes() {
    }

    static void copy(Path from, Path to) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(from, AclFileAttributeView.class);
        if (acl != null) {
            Files.getFileAttributeView(to, AclFileAttributeView.class).setAcl(acl.getAcl());
        }
        UserDefinedFileAttributeView user = Files.getFileAttributeView(from, UserDefinedFileAttributeView.class);
        if (user != null && Files.getFileStore(from).supportsFileAttributeView(UserDefinedFileAttributeView.class)) {
            UserDefinedFileAttributeView target = Files.getFileAttributeView(to, UserDefinedFileAttributeView.class);
            for (String name : user.list()) {
                ByteBuffer value = ByteBuffer.allocate(user.size(name));
                user.read(name, value);
                target.write(name, value.flip());
            }
        }
        restoreMode(to, mode(from));
    }

    /** The file's whole mode where the platform shows it (setuid, setgid and sticky bits too), else its permissions, or null. */
    static Object mode(Path file) throws IOException {
        if (supports(file.getFileSystem(), "unix")) {
            return Files.getAttribute(file, "unix:mode");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return posix == null ? null : posix.readAttributes().permissions();
    }

    /** Gives {@code file} a mode {@link #mode} read; null (a file system without modes) leaves it as it is. */
    @SuppressWarnings("unchecked")
    static void restoreMode(Path file, Object mode) throws IOException {
        if (mode instanceof Integer unixMode) {
            Files.setAttribute(file, "unix:mode", unixMode);
        } else if (mode instanceof Set<?> permissions) {
            Files.setPosixFilePermissions(file, (Set<PosixFilePermission>) permissions);
        }
    }

    private static boolean supports(FileSystem fileSystem, String view) {
        return fileSystem.supportedFileAttributeViews().contains(view);
    }
}
