package org.copydesk.core.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;

import org.copydesk.core.io.PathNames;
import org.copydesk.core.rule.RuleSettings;

/**
 * The settings a check runs with: per-rule settings and path globs to ignore. They come from a
 * {@code .copydesk.yaml} file ({@link ConfigLoader}), from the IDE preferences, or are the defaults.
 *
 * @param rules   settings by rule id; a rule not listed runs with its defaults
 * @param ignore  globs of paths not to check, relative to {@code baseDir}
 * @param baseDir the folder the globs are relative to (the config file's folder), or null
 * @param source  the file the settings were read from, or null
 */
public record Config(Map<String, RuleSettings> rules, List<String> ignore, Path baseDir, Path source) {
    public static final String FILE_NAME = ".copydesk.yaml";

    public Config {
        rules = Map.copyOf(rules);
        ignore = List.copyOf(ignore);
    }

    public static Config defaults() {
        return new Config(Map.of(), List.of(), null, null);
    }

    public RuleSettings rule(String ruleId) {
        return rules.getOrDefault(ruleId, RuleSettings.DEFAULT);
    }

    /** True if {@code file} matches one of the ignore globs ({@code **}, {@code *}, {@code ?} as in {@code .gitignore}). */
    public boolean ignores(Path file) {
        if (ignore.isEmpty()) {
            return false;
        }
        Path relative = baseDir != null && file.isAbsolute() && file.startsWith(baseDir) ? baseDir.relativize(file) : file;
        String unixPath = PathNames.unix(relative);
        // the path as it is: a name the platform's encoding cannot spell would not survive being parsed again
        Path path = unixPath.equals(relative.toString()) ? relative : Path.of(unixPath);
        for (String glob : ignore) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            PathMatcher anywhere = FileSystems.getDefault().getPathMatcher("glob:**/" + glob);
            if (matcher.matches(path) || anywhere.matches(path) || isInside(unixPath, path, glob)) {
                return true;
            }
        }
        return false;
    }

    /** A glob naming a folder ({@code drafts/} or {@code drafts}) ignores everything inside it. */
    private static boolean isInside(String unixPath, Path path, String glob) {
        String folder = glob.endsWith("/") ? glob : glob + "/";
        if (folder.contains("*") || folder.contains("?")) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + folder + "**");
            return matcher.matches(path);
        }
        return unixPath.startsWith(folder) || unixPath.contains("/" + folder);
    }
}
