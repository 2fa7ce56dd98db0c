package org.copydesk.core.io;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * What a file looked like on disk when it was read: its size, modification time and identity (the file key, an
 * inode on Unix, where the file system has one). A writer compares it with the file as it is now, so that an edit
 * saved meanwhile is never overwritten; a save by a tool that keeps the modification time is caught by comparing
 * the content as well.
 */
public record FileStamp(long size, FileTime lastModified, Object fileKey) {

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }

    /** What differs from {@code now}, in words, or null if nothing does. */
    String differenceFrom(FileStamp now) {
        if (!Objects.equals(fileKey, now.fileKey)) {
            return "replaced by another file";
        }
        if (size != now.size) {
            return "changed size";
        }
        if (!lastModified.equals(now.lastModified)) {
            return "modified";
        }
        return null;
    }
}
