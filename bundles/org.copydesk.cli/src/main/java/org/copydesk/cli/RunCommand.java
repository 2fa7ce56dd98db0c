package org.copydesk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.copydesk.cli.files.Source;
import org.copydesk.cli.files.SourceFinder;
import org.copydesk.cli.report.Report;
import org.copydesk.cli.report.ReportFormat;
import org.copydesk.cli.report.ToolVersion;
import org.copydesk.cli.run.ConfigResolver;
import org.copydesk.cli.run.IoMessages;
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

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What {@code check} and {@code fix} share: reading the options, finding the documents, running them through a
 * {@link Session}, turning outcomes into messages and a {@link Report}, and the exit code.
 */
abstract class RunCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    Console console;

    Session session;

    @Override
    public final Integer call() {
        console = new Console(System.err, output.quiet, output.verbose);
        TextFileReader reader = new TextFileReader(charset(), maxFileSize());
        if (input.jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (input.stdinFileName != null && !input.paths.contains(Source.STDIN_ARGUMENT)) {
            throw new ParameterException(spec.commandLine(), "--stdin-filename needs '-' among the paths");
        }
        if (input.paths.stream().anyMatch(String::isEmpty)) {
            // "$UNSET" must not mean the whole current folder
            throw new ParameterException(spec.commandLine(), "an empty path names no file; give '.' for the current folder");
        }
        List<Rule> rules = BuiltInRules.all();
        ConfigResolver configs;
        try {
            configs = configs(new ConfigLoader(rules));
        } catch (ConfigException e) {
            console.error(e.getMessage(), e);
            return ExitCodes.ERROR;
        }
        SourceFinder.Result found;
        try {
            found = new SourceFinder(Path.of(""), input.includes, input.excludes, !input.noGitIgnore, Set.of())
                    .find(input.paths.isEmpty() ? List.of(".") : input.paths, input.stdinFileName);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String overwritten = OutputGuard.inputAt(output.output, input.config, found.sources(), configs);
        if (overwritten != null) {
            console.error(output.output + ": --output names " + overwritten + "; the report would overwrite it, nothing done");
            return ExitCodes.ERROR;
        }
        found.problems().forEach(p -> console.error(p.path() + ": " + p.message()));
        if (found.sources().isEmpty() && found.problems().isEmpty()) {
            console.warning("no files to check");
        }
        console.note(verb() + " " + Summary.count(found.sources().size(), "file") + " on "
                + Summary.count(Math.min(input.jobs, Math.max(1, found.sources().size())), "thread"));
        session = new Session(reader, configs, input.jobs, System.in);
        Progress progress = TerminalProgress.start(console.stream(), found.sources().size(), verb(), output.quiet);
        List<Outcome> outcomes;
        try {
            outcomes = run(session, found.sources(), progress);
        } finally {
            TerminalProgress.finish(progress);
        }
        Results collected = Results.collect(outcomes, found.problems(), console, RunCommand::hint);
        Report report = new Report(ToolVersion.get(), rules.stream().map(Rule::info).toList(), collected.files(),
                collected.problems(), output.failOn, Path.of("").toAbsolutePath());
        boolean reported = finish(report, outcomes);
        if (collected.errors() || !reported) {
            return ExitCodes.ERROR;
        }
        return report.fails() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** "checking" or "fixing", for messages. */
    abstract String verb();

    abstract List<Outcome> run(Session session, List<Source> sources, Progress progress);

    /** Writes the command's output; false if it could not. */
    abstract boolean finish(Report report, List<Outcome> outcomes);

    private ConfigResolver configs(ConfigLoader loader) throws ConfigException {
        if (input.config == null) {
            return ConfigResolver.nearest(loader, file -> console.note("using config file " + file));
        }
        console.note("using config file " + input.config);
        return ConfigResolver.fixed(loader.load(input.config));
    }

    private Charset charset() {
        try {
            return Charset.forName(input.encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(spec.commandLine(), "unknown encoding '" + input.encoding + "'");
        }
    }

    private long maxFileSize() {
        try {
            return Sizes.parse(input.maxFileSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--max-file-size: " + e.getMessage());
        }
    }

    private static String hint(Throwable cause) {
        if (cause instanceof MalformedTextException) {
            return "; if it is in another encoding, give it with --encoding";
        }
        if (cause instanceof FileTooLargeException) {
            return "; raise the limit with --max-file-size";
        }
        return "";
    }

    /** Writes {@code report} to {@code --output}, or to standard output; false (after saying why) if it cannot. */
    boolean writeReport(Report report) {
        return writeReport(report, System.out);
    }

    /** Writes {@code report} to {@code --output}, or to {@code stream}; false (after saying why) if it cannot. */
    boolean writeReport(Report report, OutputStream stream) {
        ReportFormat format = output.format;
        if (output.output == null) {
            try {
                format.writer().write(report, stream);
                stream.flush();
                return true;
            } catch (IOException e) {
                console.error("cannot write the report: " + e.getMessage(), e);
                return false;
            }
        }
        Path file = output.output;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                format.writer().write(report, out);
            }
            return true;
        } catch (IOException e) {
            console.error(file + ": cannot write the report: " + IoMessages.describe(e), e);
            return false;
        }
    }

    /** True if the summary line belongs on standard output: text reports printed there. */
    boolean summaryOnStdout() {
        return output.output == null && output.format == ReportFormat.TEXT;
    }

    void printSummary(String summary, boolean onStdout) {
        if (output.quiet) {
            return;
        }
        if (onStdout) {
            byte[] line = (summary + "\n").getBytes(StandardCharsets.UTF_8);
            System.out.write(line, 0, line.length);
            System.out.flush();
        } else {
            console.info(summary);
        }
    }
}
