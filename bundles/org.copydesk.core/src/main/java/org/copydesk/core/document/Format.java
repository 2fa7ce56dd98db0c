package org.copydesk.core.document;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The document formats Copydesk reads, detected from the file extension. */
public enum Format {
    PLAIN_TEXT("Plain text", List.of("txt", "text")),
    MARKDOWN("Markdown", List.of("md", "markdown")),
    ASCIIDOC("AsciiDoc", List.of("adoc", "asciidoc"));

    private final String displayName;
    private final List<String> extensions;

    Format(String displayName, List<String> extensions) {
        this.displayName = displayName;
        this.extensions = extensions;
    }

    public String displayName() {
        return displayName;
    }

    /** Extensions without the dot, in lower case. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format of a file name such as {@code draft.md}, if it is one Copydesk reads. */
    public static Optional<Format> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Every extension Copydesk reads by default, without the dot. */
    public static List<String> allExtensions() {
        return List.of(values()).stream().flatMap(f -> f.extensions.stream()).toList();
    }
}
