package org.copydesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.copydesk.cli.report.SafeText;
import org.copydesk.cli.report.ToolVersion;
import org.copydesk.core.document.Format;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code copydesk}: the command line tool. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A copy desk for drafts: finds and fixes duplicated paragraphs, stray CMS footers and "
                + "unattributed quotes in plain text, Markdown and AsciiDoc.",
        subcommands = {CheckCommand.class, FixCommand.class, RulesCommand.class, ExplainCommand.class, InitCommand.class,
                LspCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a usage, I/O or "
                + "config error, or a rule that failed."})
public final class Main implements Runnable {
    /** The help text lists the default extensions through this system property. */
    static final String EXTENSIONS_PROPERTY = "copydesk.extensions";

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String[] args) {
        System.setProperty(EXTENSIONS_PROPERTY, Format.allExtensions().stream().map(e -> "." + e).collect(Collectors.joining(" ")));
        StandardOutput stdout = StandardOutput.install();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new Main())
                .setOut(new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler((e, arguments) -> {
                    String command = e.getCommandLine().getCommandSpec().qualifiedName();
                    err.println("copydesk: error: " + SafeText.visible(e.getMessage()) + " (see '" + command + " --help')");
                    return ExitCodes.ERROR;
                })
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    boolean verbose = verbose(parseResult);
                    err.println("copydesk: internal error: " + SafeText.visible(String.valueOf(e))
                            + (verbose ? "" : " (--verbose shows where)"));
                    if (verbose) {
                        e.printStackTrace(err);
                    }
                    return ExitCodes.ERROR;
                });
        int status = cli.execute(args);
        cli.getOut().flush();
        IOException failure = stdout.failure();
        if (failure != null) {
            // the report, the text or the help never arrived: whatever the run found, it failed
            err.println("copydesk: error: cannot write to standard output: " + SafeText.visible(describe(failure)));
            return ExitCodes.ERROR;
        }
        return status;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: " + commandNames());
    }

    /** "check, fix, ... or lsp": read from the subcommands, so a new command is never missing from the list. */
    private String commandNames() {
        List<String> names = spec.subcommands().keySet().stream().filter(name -> !"help".equals(name)).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** {@code copydesk 0.1.0} */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"copydesk " + ToolVersion.get()};
        }
    }
}
