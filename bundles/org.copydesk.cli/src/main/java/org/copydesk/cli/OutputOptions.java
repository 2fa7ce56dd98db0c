package org.copydesk.cli;

import java.nio.file.Path;

import org.copydesk.cli.report.FailLevel;
import org.copydesk.cli.report.ReportFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** What a run reports, where, and when it fails. */
final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text, json, sarif, checkstyle, junit or github (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "warning", converter = FailLevelConverter.class,
            description = "Exit with 1 when a finding is at least this severe: error, warning, info or never "
                    + "(default: ${DEFAULT-VALUE}).")
    FailLevel failOn;

    @Option(names = {"-q", "--quiet"}, description = "Print only findings and errors: no summary, warnings or progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Explain more: config files used, files ignored, and stack traces of errors.")
    boolean verbose;

    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.of(value);
        }
    }

    static final class FailLevelConverter implements ITypeConverter<FailLevel> {
        @Override
        public FailLevel convert(String value) {
            return FailLevel.of(value);
        }
    }
}
