package org.copydesk.ui.markers;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.ui.preferences.CopydeskPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;

/**
 * Decides whether a file is checked and with which settings: the nearest {@code .copydesk.yaml} wins, as it does
 * for the command line tool; without one, the project's or the workspace's preferences apply.
 */
public final class FileSettings {
    /** The verdict for one file. */
    public sealed interface Verdict permits Check, Skip, BrokenConfig {
    }

    /** Check the file with {@code config}; {@code configFile} is the {@code .copydesk.yaml} it came from, or null. */
    public record Check(Config config, Path configFile) implements Verdict {
    }

    /** Not a file Copydesk reads, or excluded by the settings. */
    public record Skip() implements Verdict {
    }

    /** The config file that applies cannot be used; nothing is checked until it is fixed. */
    public record BrokenConfig(Path configFile, ConfigException error) implements Verdict {
    }

    private static final ConfigCache CONFIGS = new ConfigCache();

    private FileSettings() {
    }

    /** True if the file's extension is one Copydesk reads in its project (before any ignore globs). */
    public static boolean hasCheckedExtension(IFile file) {
        String extension = file.getFileExtension();
        return extension != null
                && CopydeskPreferences.extensions(file.getProject()).contains(extension.toLowerCase(Locale.ROOT));
    }

    public static Verdict of(IFile file) {
        if (!file.isAccessible() || file.isDerived(IResource.CHECK_ANCESTORS) || file.isTeamPrivateMember(IResource.CHECK_ANCESTORS)
                || !hasCheckedExtension(file)) {
            return new Skip();
        }
        IPath location = file.getLocation();
        Path path = location == null ? null : location.toFile().toPath();
        Optional<Path> configFile = path == null ? Optional.empty() : ConfigLoader.find(path.getParent());
        Config config;
        if (configFile.isPresent()) {
            try {
                config = CONFIGS.load(configFile.get());
            } catch (ConfigException e) {
                return new BrokenConfig(configFile.get(), e);
            }
        } else {
            config = CopydeskPreferences.config(file.getProject());
        }
        if (path != null && config.ignores(path)) {
            return new Skip();
        }
        return new Check(config, configFile.orElse(null));
    }
}
