package org.copydesk.cli.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The report formats, by the name {@code --format} and the Maven plugin's {@code formats} take. */
public enum ReportFormat {
    TEXT("copydesk.txt", TextReport::new),
    JSON("copydesk.json", JsonReport::new),
    SARIF("copydesk.sarif", SarifReport::new),
    CHECKSTYLE("copydesk-checkstyle.xml", CheckstyleReport::new),
    JUNIT("TEST-copydesk.xml", JUnitReport::new),
    GITHUB("copydesk-github.txt", GitHubReport::new);

    private final String fileName;
    private final Supplier<ReportWriter> writer;

    ReportFormat(String fileName, Supplier<ReportWriter> writer) {
        this.fileName = fileName;
        this.writer = writer;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file name a report of this format gets in an output directory. */
    public String fileName() {
        return fileName;
    }

    public ReportWriter writer() {
        return writer.get();
    }

    public static ReportFormat of(String id) {
        for (ReportFormat format : values()) {
            if (format.id().equalsIgnoreCase(id.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'; expected one of " + ids());
    }

    public static String ids() {
        return Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id();
    }
}
