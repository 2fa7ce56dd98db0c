package org.copydesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.copydesk.core.io.TextFileReader;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Which documents a run reads, and how. */
final class InputOptions {
    @Parameters(paramLabel = "PATH", description = "Files and folders to check; folders are walked for "
            + "${sys:" + Main.EXTENSIONS_PROPERTY + "} files. '-' reads standard input. Default: the current folder.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB", description = "In folders, check the files matching GLOB "
            + "instead of those with the default extensions (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files and folders matching GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--no-gitignore", description = "Check files that .gitignore ignores too.")
    boolean noGitIgnore;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "The file name standard input stands "
            + "for: picks the format and the config file, and names it in reports.")
    String stdinFileName;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Use this config file for every file "
            + "(default: the nearest .copydesk.yaml above each file).")
    Path config;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", description = "The encoding of "
            + "files without a byte order mark (default: ${DEFAULT-VALUE}).")
    String encoding;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = TextFileReader.DEFAULT_MAX_SIZE,
            description = "Refuse files larger than SIZE, such as 500k or 64MB (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Check N files at once (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();
}
