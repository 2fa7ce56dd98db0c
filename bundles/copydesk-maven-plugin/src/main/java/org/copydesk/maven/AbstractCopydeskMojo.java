package org.copydesk.maven;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.copydesk.cli.files.SourceFinder;
import org.copydesk.cli.report.FailLevel;
import org.copydesk.cli.report.FileReport;
import org.copydesk.cli.report.Report;
import org.copydesk.cli.report.SafeText;
import org.copydesk.cli.report.ToolVersion;
import org.copydesk.cli.run.ConfigResolver;
import org.copydesk.cli.run.Outcome;
import org.copydesk.cli.run.Progress;
import org.copydesk.cli.run.Results;
import org.copydesk.cli.run.Session;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.io.FileTooLargeException;
import org.copydesk.core.io.MalformedTextException;
import org.copydesk.core.io.Sizes;
import org.copydesk.core.io.TextFileReader;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rules.BuiltInRules;

/**
 * What {@code copydesk:check} and {@code copydesk:fix} share: which files, which config, and a run through the
 * CLI's {@link Session}. With no configuration at all, the project's base directory is walked for the default
 * extensions, leaving out the build directory, the modules (they check themselves) and what {@code .gitignore}
 * ignores.
 */
abstract class AbstractCopydeskMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Parameter(defaultValue = "${project.modules}", readonly = true)
    List<String> modules;

    /** Folders (or files) to check. Default: the project's base directory. */
    @Parameter
    List<File> sourceDirectories;

    /** Globs of the files to check in those folders, instead of the default extensions (.txt, .md, .adoc, ...). */
    @Parameter
    List<String> includes;

    /** Globs of files and folders not to check. */
    @Parameter
    List<String> excludes;

    /** Whether {@code .gitignore} files are respected inside a git work tree. */
    @Parameter(property = "copydesk.gitignore", defaultValue = "true")
    boolean gitIgnore;

    /** One config file for every document, instead of the nearest {@code .copydesk.yaml} above each. */
    @Parameter(property = "copydesk.configFile")
    File configFile;

    /** The encoding of files without a byte order mark. */
    @Parameter(property = "copydesk.encoding", defaultValue = "UTF-8")
    String encoding;

    /** Files larger than this are refused, such as 500k or 64MB. */
    @Parameter(property = "copydesk.maxFileSize", defaultValue = TextFileReader.DEFAULT_MAX_SIZE)
    String maxFileSize;

    /** Skips the goal. */
    @Parameter(property = "copydesk.skip", defaultValue = "false")
    boolean skip;

    /** A finding at least this severe fails the build: error, warning, info or never. */
    @Parameter(property = "copydesk.failOn", defaultValue = "warning")
    String failOn;

    final List<Rule> rules = BuiltInRules.all();

    /** The run's outcomes, in the order found. */
    record Run(List<Outcome> outcomes, Results results, Report report) {
    }

    Run run(boolean fix) throws MojoExecutionException, MojoFailureException {
        FailLevel failLevel = parse(() -> FailLevel.of(failOn), "failOn");
        Charset charset = parse(() -> Charset.forName(encoding), "encoding");
        long maxBytes = parse(() -> Sizes.parse(maxFileSize), "maxFileSize");
        ConfigResolver configs;
        try {
            ConfigLoader loader = new ConfigLoader(rules);
            configs = configFile == null ? ConfigResolver.nearest(loader) : ConfigResolver.fixed(loader.load(configFile.toPath()));
        } catch (ConfigException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        SourceFinder.Result found;
        try {
            found = new SourceFinder(base, list(includes), list(excludes), gitIgnore, excludedFolders(base)).find(arguments(base), null);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("copydesk: " + e.getMessage(), e);
        }
        if (found.sources().isEmpty() && found.problems().isEmpty()) {
            getLog().info("No documents to check");
        }
        Session session = new Session(new TextFileReader(charset, maxBytes), configs, Runtime.getRuntime().availableProcessors(), System.in);
        List<Outcome> outcomes = fix ? session.fix(found.sources(), true, Progress.NONE) : session.check(found.sources(), Progress.NONE);
        found.problems().forEach(p -> getLog().error(SafeText.visible(p.path() + ": " + p.message())));
        Results results = Results.collect(outcomes, found.problems(), new MavenMessages(getLog()), AbstractCopydeskMojo::hint);
        Report report = new Report(ToolVersion.get(), rules.stream().map(Rule::info).toList(), results.files(), results.problems(),
                failLevel, base);
        return new Run(outcomes, results, report);
    }

    /** Source directories as paths relative to the base directory where they are inside it, so reports stay short. */
    private List<String> arguments(Path base) {
        if (sourceDirectories == null || sourceDirectories.isEmpty()) {
            return List.of(".");
        }
        List<String> arguments = new ArrayList<>();
        for (File directory : sourceDirectories) {
            Path path = base.resolve(directory.toPath()).normalize();
            arguments.add(path.equals(base) ? "." : path.startsWith(base) ? base.relativize(path).toString() : path.toString());
        }
        return arguments;
    }

    private Set<Path> excludedFolders(Path base) {
        Set<Path> folders = new LinkedHashSet<>();
        if (buildDirectory != null) {
            folders.add(buildDirectory.toPath().toAbsolutePath().normalize());
        }
        if (modules != null) {
            modules.forEach(module -> folders.add(base.resolve(module).normalize()));
        }
        return folders;
    }

    private static String hint(Throwable cause) {
        if (cause instanceof MalformedTextException) {
            return "; if it is in another encoding, set <encoding>";
        }
        if (cause instanceof FileTooLargeException) {
            return "; raise the limit with <maxFileSize>";
        }
        return "";
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Parse<T> parse, String parameter) throws MojoExecutionException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("copydesk: <" + parameter + ">: " + e.getMessage(), e);
        }
    }

    /**
     * {@code docs/a.md:13: message [rule]}: the line of the build failure summary. The name and the message are
     * made visible as the CLI makes them, so that a line break in either cannot start a line of its own.
     */
    static String summaryLine(FileReport file, org.copydesk.core.Finding finding) {
        return SafeText.visible(file.path()) + ":" + file.start(finding).line() + ": " + SafeText.visible(finding.message())
                + " [" + finding.ruleId() + "]";
    }
}
