package org.copydesk.ui.markers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.ui.preferences.CopydeskPreferences;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * Decides whether a file is checked and with which settings: the nearest {@code .copydesk.yaml} wins, as it does
 * for the command line tool; without one, the project's or the workspace's preferences apply. A config file
 * Copydesk cannot use never switches checking off: its last good settings apply meanwhile, or the preferences.
 */
public final class FileSettings {
    /** The verdict for one file. */
    public sealed interface Verdict permits Check, Skip {
    }

    /**
     * Check the file with {@code config}; {@code configFile} is the {@code .copydesk.yaml} that applies, or null;
     * {@code problem} says why that file's settings are not the ones used, or is null.
     */
    public record Check(Config config, Path configFile, ConfigProblem problem) implements Verdict {
    }

    /** Not a file Copydesk reads, or excluded by the settings. */
    public record Skip() implements Verdict {
    }

    private static final ConfigCache CONFIGS = new ConfigCache();

    private FileSettings() {
    }

    /** Forgets what Copydesk knew of config files in {@code location} (a config file, or a folder: a project gone). */
    public static void forgetConfigFiles(IPath location) {
        if (location != null) {
            Path path = location.toFile().toPath();
            if (Config.FILE_NAME.equals(location.lastSegment())) {
                CONFIGS.forget(path);
            } else {
                CONFIGS.forgetUnder(path);
            }
        }
    }

    /** True if the file's extension is one Copydesk reads in its project (before any ignore globs). */
    public static boolean hasCheckedExtension(IFile file) {
        String extension = file.getFileExtension();
        return extension != null
                && CopydeskPreferences.extensions(file.getProject()).contains(extension.toLowerCase(Locale.ROOT));
    }

    /**
     * The files under {@code container} with an extension Copydesk reads, leaving out derived and team-private
     * folders, in the order of the walk; none if the container is closed or gone meanwhile.
     */
    public static List<IFile> checkedFilesUnder(IContainer container) {
        List<IFile> files = new ArrayList<>();
        try {
            container.accept((IResourceProxy proxy) -> {
                if (proxy.isDerived() || proxy.isTeamPrivateMember()) {
                    return false;
                }
                if (proxy.getType() == IResource.FILE) {
                    IFile file = (IFile) proxy.requestResource();
                    if (hasCheckedExtension(file)) {
                        files.add(file);
                    }
                }
                return true;
            }, IResource.NONE);
        } catch (CoreException e) {
            // closed or deleted meanwhile: nothing there to check
        }
        return files;
    }

    /**
     * The settings in effect for the drafts at the top of {@code project}: its {@code .copydesk.yaml} (or while that
     * cannot be used, what is used instead), else the preferences.
     */
    public static Check inEffect(IProject project) {
        IPath location = project.getLocation();
        Optional<Path> configFile = location == null ? Optional.empty() : ConfigLoader.find(location.toFile().toPath());
        if (configFile.isEmpty()) {
            return new Check(CopydeskPreferences.config(project), null, null);
        }
        ConfigCache.Loaded loaded = CONFIGS.load(configFile.get());
        Config config = loaded.config() != null ? loaded.config() : CopydeskPreferences.config(project);
        return new Check(config, configFile.get(), loaded.error() == null ? null : ConfigProblem.of(configFile.get(), loaded.error(), loaded.config() != null));
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
        ConfigProblem problem = null;
        if (configFile.isPresent()) {
            ConfigCache.Loaded loaded = CONFIGS.load(configFile.get());
            config = loaded.config() != null ? loaded.config() : CopydeskPreferences.config(file.getProject());
            if (loaded.error() != null) {
                problem = ConfigProblem.of(configFile.get(), loaded.error(), loaded.config() != null);
            }
        } else {
            config = CopydeskPreferences.config(file.getProject());
        }
        if (path != null && config.ignores(path)) {
            return new Skip();
        }
        return new Check(config, configFile.orElse(null), problem);
    }
}
