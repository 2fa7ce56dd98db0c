package org.copydesk.cli.run;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;

/**
 * Which config applies to a file: the one given ({@code --config}), or the nearest {@code .copydesk.yaml}
 * above the file. Each folder is looked up once and each config file read once, however many files share it,
 * and a broken one gives the same error for every file it governs. Thread-safe.
 */
public final class ConfigResolver {
    private final ConfigLoader loader;
    private final Config fixed;
    private final Map<Path, Optional<Path>> fileByFolder = new ConcurrentHashMap<>();
    private final Map<Path, Object> configByFile = new ConcurrentHashMap<>();
    private final Consumer<Path> onLoad;

    private ConfigResolver(ConfigLoader loader, Config fixed, Consumer<Path> onLoad) {
        this.loader = loader;
        this.fixed = fixed;
        this.onLoad = onLoad;
    }

    /** Every file gets {@code config}. */
    public static ConfigResolver fixed(Config config) {
        return new ConfigResolver(null, config, path -> { });
    }

    /** Every file gets its nearest config file, or the defaults. */
    public static ConfigResolver nearest(ConfigLoader loader) {
        return nearest(loader, path -> { });
    }

    /** As {@link #nearest(ConfigLoader)}; {@code onLoad} hears of each config file once, from any thread. */
    public static ConfigResolver nearest(ConfigLoader loader, Consumer<Path> onLoad) {
        return new ConfigResolver(loader, null, onLoad);
    }

    /** The config file that applies to {@code file}, if one does; without reading it. */
    public Optional<Path> configFileFor(Path file) {
        if (fixed != null) {
            return Optional.ofNullable(fixed.source());
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null ? Optional.empty() : fileByFolder.computeIfAbsent(folder, ConfigLoader::find);
    }

    public Config configFor(Path file) throws ConfigException {
        if (fixed != null) {
            return fixed;
        }
        Optional<Path> configFile = configFileFor(file);
        if (configFile.isEmpty()) {
            return Config.defaults();
        }
        Object loaded = configByFile.computeIfAbsent(configFile.get(), this::load);
        if (loaded instanceof ConfigException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        return (Config) loaded;
    }

    private Object load(Path configFile) {
        onLoad.accept(configFile);
        try {
            return loader.load(configFile);
        } catch (ConfigException e) {
            return e;
        }
    }
}
