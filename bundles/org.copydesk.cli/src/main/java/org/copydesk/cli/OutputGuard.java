package org.copydesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.copydesk.cli.files.Source;
import org.copydesk.cli.run.ConfigResolver;

/**
 * Keeps {@code --output} off the files a run reads: {@code check -o draft.txt draft.txt} would replace the draft
 * with its own report. The same file under another name counts (a symbolic or hard link, {@code ./draft.txt}):
 * files are compared by identity, not by name. Config files are inputs too.
 */
final class OutputGuard {
    private OutputGuard() {
    }

    /** How the input {@code output} would overwrite is named, or null if it is none of them. */
    static String inputAt(Path output, Path configFile, List<Source> sources, ConfigResolver configs) {
        if (output == null || !Files.exists(output)) {
            return null;
        }
        List<Path> configFiles = new ArrayList<>();
        if (configFile != null) {
            configFiles.add(configFile);
        }
        for (Source source : sources) {
            if (!source.stdin() && same(output, source.path())) {
                return "the document " + source.name();
            }
            if (configFile == null) {
                configs.configFileFor(source.path()).ifPresent(configFiles::add);
            }
        }
        Optional<Path> config = configFiles.stream().filter(file -> same(output, file)).findFirst();
        return config.map(file -> "the config file " + file).orElse(null);
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
