package org.copydesk.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.copydesk.cli.files.Source;
import org.copydesk.cli.report.Report;
import org.copydesk.cli.run.Outcome;
import org.copydesk.cli.run.Progress;
import org.copydesk.cli.run.Session;
import org.copydesk.cli.run.UnifiedDiff;
import org.copydesk.core.io.TextFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Apply every automatic fix (duplicate paragraphs, CMS footers) in place, then report what is "
                + "left. Fixes that need a writer's choice, such as a quote's attribution, are only offered in the editor.",
                "Files are replaced atomically and keep their encoding, byte order mark, line endings and permissions; "
                + "an unchanged file is not touched. Standard input ('-') is written, fixed, to standard output."},
        footer = {"", "Exit status: as check, for what is left after fixing."})
final class FixCommand extends RunCommand {
    @Option(names = "--dry-run", description = "Change nothing: print a unified diff of what fix would do.")
    boolean dryRun;

    @Override
    String verb() {
        return "fixing";
    }

    @Override
    List<Outcome> run(Session session, List<Source> sources, Progress progress) {
        return session.fix(sources, !dryRun, progress);
    }

    @Override
    boolean finish(Report report, List<Outcome> outcomes) {
        long changed = 0;
        long fixed = 0;
        boolean stdout = true;
        boolean stdinText = false;
        for (Outcome outcome : outcomes) {
            if (!(outcome instanceof Outcome.Fixed result)) {
                continue;
            }
            if (dryRun) {
                printText(UnifiedDiff.of(result.source().name(), result.original().text(), result.fixedText()));
            } else if (result.source().stdin()) {
                stdout &= printFixed(result.original(), result.fixedText());
                stdinText = true;
            }
            if (result.changed() && (dryRun || result.written() || result.source().stdin())) {
                changed++;
                fixed += result.fixedCount();
            }
        }
        long left = report.findingCount();
        // standard output carries the diff, or the fixed standard input: the report goes to --output only
        boolean reportOnStdout = !dryRun && !stdinText;
        boolean reported = reportOnStdout || output.output != null ? writeReport(report) : true;
        printSummary(Summary.ofFix(changed, fixed, left, dryRun), reportOnStdout && summaryOnStdout());
        return reported && stdout;
    }

    private static void printText(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.out.write(bytes, 0, bytes.length);
        System.out.flush();
    }

    /** Standard input comes back in its own encoding, with its byte order mark. */
    private boolean printFixed(TextFile original, String text) {
        try {
            ByteBuffer encoded = original.charset().newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
            if (original.hasBom()) {
                System.out.write(original.bom().bytes());
            }
            System.out.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
            System.out.flush();
            return true;
        } catch (CharacterCodingException e) {
            console.error(original.name() + ": the fixed text cannot be written in " + original.charset().name());
            return false;
        } catch (IOException e) {
            console.error("cannot write to standard output: " + e.getMessage());
            return false;
        }
    }
}
