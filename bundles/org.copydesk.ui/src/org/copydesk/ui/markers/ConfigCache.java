package org.copydesk.ui.markers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.rule.Rule;
import org.copydesk.ui.Rules;

/** Parsed {@code .copydesk.yaml} files, read again only when they change, so typing does not re-read YAML. */
final class ConfigCache {
    private record Entry(long modified, long size, List<Rule> rules, Config config, ConfigException error) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    Config load(Path file) throws ConfigException {
        long modified;
        long size;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            modified = attributes.lastModifiedTime().toMillis();
            size = attributes.size();
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read config file (" + e.getMessage() + ")", e);
        }
        List<Rule> rules = Rules.all();
        Entry entry = entries.get(file);
        if (entry == null || entry.modified != modified || entry.size != size || entry.rules != rules) {
            ConfigLoader loader = new ConfigLoader(rules);
            try {
                entry = new Entry(modified, size, rules, loader.load(file), null);
            } catch (ConfigException e) {
                entry = new Entry(modified, size, rules, null, e);
            }
            entries.put(file, entry);
        }
        if (entry.error != null) {
            throw entry.error;
        }
        return entry.config;
    }
}
