package org.copydesk.ui.markers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.rule.Rule;
import org.copydesk.ui.Rules;

/**
 * Parsed {@code .copydesk.yaml} files, parsed again only when their text changes, so typing does not re-parse
 * YAML. The text itself is the key: a time stamp can miss a quick rewrite of the same size. The last settings each
 * file gave are remembered, so that a typo does not switch Copydesk off while the writer fixes it.
 */
final class ConfigCache {
    /**
     * What a config file gives: its settings, or while it cannot be used its last good ones (null if it never
     * worked), with the reason.
     */
    record Loaded(Config config, ConfigException error) {
    }

    private record Entry(String yaml, List<Rule> rules, Config config, ConfigException error) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Path, Config> lastGood = new ConcurrentHashMap<>();

    Loaded load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Config config = parse(absolute);
            lastGood.put(absolute, config);
            return new Loaded(config, null);
        } catch (ConfigException e) {
            return new Loaded(lastGood.get(absolute), e);
        }
    }

    /** Forgets a config file that was deleted: one created later at the same place starts afresh. */
    void forget(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        entries.remove(absolute);
        lastGood.remove(absolute);
    }

    /** Forgets every config file in {@code folder} or below it (a project deleted or closed). */
    void forgetUnder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        entries.keySet().removeIf(path -> path.startsWith(absolute));
        lastGood.keySet().removeIf(path -> path.startsWith(absolute));
    }

    private Config parse(Path absolute) throws ConfigException {
        String yaml;
        try {
            if (Files.size(absolute) > ConfigLoader.MAX_CONFIG_BYTES) {
                // too big to be a config file: let the core say so
                return new ConfigLoader(Rules.all()).load(absolute);
            }
            yaml = Files.readString(absolute, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // unreadable or not UTF-8: the core words the error
            return new ConfigLoader(Rules.all()).load(absolute);
        }
        List<Rule> rules = Rules.all();
        Entry entry = entries.get(absolute);
        if (entry == null || !entry.yaml.equals(yaml) || entry.rules != rules) {
            try {
                entry = new Entry(yaml, rules, new ConfigLoader(rules).parse(yaml, absolute.toString(), absolute.getParent()), null);
            } catch (ConfigException e) {
                entry = new Entry(yaml, rules, null, e);
            }
            entries.put(absolute, entry);
        }
        if (entry.error != null) {
            throw entry.error;
        }
        return entry.config;
    }
}
