package org.copydesk.lsp.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.copydesk.core.CheckResult;
import org.copydesk.core.CrossFileCopy;
import org.copydesk.core.document.Format;
import org.copydesk.core.io.TextFile;
import org.copydesk.core.io.TextFileReader;
import org.copydesk.lsp.Publisher;
import org.copydesk.lsp.config.ConfigStore;
import org.copydesk.lsp.documents.Diagnostics;
import org.copydesk.lsp.documents.DocumentKey;
import org.copydesk.lsp.documents.DocumentStore;
import org.copydesk.lsp.documents.OtherFiles;
import org.copydesk.lsp.text.Positions;
import org.eclipse.lsp4j.MessageType;

/**
 * Checks the drafts in a folder that the editor does not have open, from disk, and publishes their diagnostics,
 * so that a writer sees every problem of a project and not only those of the open files. Open files are checked
 * as they are in the editor instead. Folders whose name starts with a dot ({@code .git}) are skipped, and so are
 * the paths the config's {@code ignore} lists.
 */
public final class FolderCheck {
    /** Files and findings seen. */
    public record Summary(int files, int findings, boolean cancelled) {
    }

    private final DocumentStore documents;
    private final ConfigStore configs;
    private final Publisher publisher;
    /** Files whose diagnostics come from disk: kept when the editor closes them, checked again when they change. */
    private final Set<Path> fromDisk = ConcurrentHashMap.newKeySet();
    private volatile WorkspaceCopies index;
    private volatile OtherFiles otherFiles = OtherFiles.NONE;

    public FolderCheck(DocumentStore documents, ConfigStore configs, Publisher publisher) {
        this.documents = documents;
        this.configs = configs;
        this.publisher = publisher;
    }

    /** The workspace's paragraphs: a file's copies of other files' paragraphs are reported with its own findings. */
    public void crossFile(WorkspaceCopies copiesIndex, OtherFiles others) {
        index = copiesIndex;
        otherFiles = others;
    }

    /** The drafts under {@code folders}, in name order. */
    public static List<Path> drafts(List<Path> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(folder) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && Format.ofFileName(file.getFileName().toString()).isPresent()) {
                        files.add(file.toAbsolutePath().normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        files.sort(null);
        return files;
    }

    /**
     * Checks {@code files} that are not open, reporting progress after each and stopping when {@code cancelled}
     * says so. {@code openFile} is told of each open one, which is checked as the editor has it.
     */
    public Summary check(List<Path> files, long maxBytes, IntConsumer progress, BooleanSupplier cancelled,
            java.util.function.Consumer<Path> openFile) {
        TextFileReader reader = new TextFileReader(java.nio.charset.StandardCharsets.UTF_8, maxBytes);
        int findings = 0;
        int done = 0;
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                return new Summary(done, findings, true);
            }
            if (documents.get(file) != null) {
                openFile.accept(file);
            } else {
                findings += checkFromDisk(file, reader);
            }
            progress.accept(++done);
        }
        return new Summary(done, findings, false);
    }

    /** Checks a file that is not open and publishes its findings; returns how many. */
    public int checkFromDisk(Path file, TextFileReader reader) {
        String uri = DocumentKey.of(file).uri();
        ConfigStore.Resolved resolved = configs.resolve(file);
        if (resolved.ignored()) {
            publisher.diagnostics(uri, null, List.of());
            return 0;
        }
        try {
            TextFile text = reader.read(file);
            WorkspaceCopies copiesIndex = index;
            List<CrossFileCopy> copies = copiesIndex == null ? List.of() : copiesIndex.copiesFor(file, text.text());
            CheckResult result = resolved.checker().check(file.toString(), text.text(), copies);
            publisher.diagnostics(uri, null, Diagnostics.of(uri, result.findings(), new Positions(text.text(), result.document().lines()), otherFiles));
            fromDisk.add(file);
            return result.findings().size();
        } catch (IOException | RuntimeException e) {
            publisher.log(MessageType.Warning, "Copydesk could not check " + file + ": " + e.getMessage());
            return 0;
        }
    }

    /** Whether {@code file}'s diagnostics came from a check of the folder. */
    public boolean checkedFromDisk(Path file) {
        return file != null && fromDisk.contains(file);
    }

    public void forget(Path file) {
        fromDisk.remove(file);
    }
}
