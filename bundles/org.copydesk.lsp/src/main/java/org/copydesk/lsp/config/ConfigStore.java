package org.copydesk.lsp.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.rule.RuleSettings;
import org.copydesk.core.rules.BuiltInRules;

/**
 * Which settings a document is checked with: its nearest {@code .copydesk.yaml}, found by walking up from its
 * folder as the command line and the IDE do, and for whatever that file does not say, the editor's settings. A
 * rule the file names is set by the file alone; the editor's {@code ignore} globs count only where the file has
 * none. A config file Copydesk cannot use leaves its documents checked with the editor's settings, and its error
 * is kept for a diagnostic on the file. Each folder is looked up and each file read once, until
 * {@link #invalidate()} (a config file was created, changed or deleted). Thread-safe.
 */
public final class ConfigStore {
    /** The settings for one document, the checker that applies them, and what went wrong reading them. */
    public record Resolved(Config config, Checker checker, boolean ignored, Path file, ConfigException error) {
    }

    private final ConfigLoader loader = new ConfigLoader(BuiltInRules.all());
    private final Map<Path, Optional<Path>> fileByFolder = new ConcurrentHashMap<>();
    private final Map<Path, Object> loadedByFile = new ConcurrentHashMap<>();
    private final Map<Config, Checker> checkers = new ConcurrentHashMap<>();
    private volatile Config editorConfig = Config.defaults();

    public ConfigLoader loader() {
        return loader;
    }

    public Resolved resolve(Path document) {
        Config fileConfig = Config.defaults();
        Path file = null;
        ConfigException error = null;
        Path folder = document == null ? null : document.getParent();
        if (folder != null) {
            Optional<Path> found = fileByFolder.computeIfAbsent(folder, ConfigLoader::find);
            if (found.isPresent()) {
                file = found.get();
                Object loaded = loadedByFile.computeIfAbsent(file, this::load);
                if (loaded instanceof ConfigException e) {
                    error = e;
                } else {
                    fileConfig = (Config) loaded;
                }
            }
        }
        Config editor = editorConfig;
        Config merged = merge(fileConfig, editor);
        boolean ignored = document != null
                && (fileConfig.ignores(document) || fileConfig.ignore().isEmpty() && editor.ignores(document));
        return new Resolved(merged, checkers.computeIfAbsent(merged, Checker::new), ignored, file, error);
    }

    /** The file's rules over the editor's; the file's globs, or the editor's if the file has none. */
    private static Config merge(Config file, Config editor) {
        if (editor.rules().isEmpty() && editor.ignore().isEmpty()) {
            return file;
        }
        Map<String, RuleSettings> rules = new HashMap<>(editor.rules());
        rules.putAll(file.rules());
        return new Config(rules, file.ignore(), file.baseDir(), file.source());
    }

    private Object load(Path file) {
        try {
            return loader.load(file);
        } catch (ConfigException e) {
            return e;
        }
    }

    /** The editor's settings, already read by {@link EditorSettings}. */
    public void setEditorConfig(Config config) {
        editorConfig = config;
        checkers.clear();
    }

    /** Forgets every config file read: the next {@link #resolve} looks them up and reads them again. */
    public void invalidate() {
        fileByFolder.clear();
        loadedByFile.clear();
        checkers.clear();
    }

    /** The config files read so far and the error each gave, or null for those that are fine. */
    public Map<Path, ConfigException> filesRead() {
        Map<Path, ConfigException> files = new HashMap<>();
        loadedByFile.forEach((file, loaded) -> files.put(file, loaded instanceof ConfigException e ? e : null));
        return files;
    }
}
