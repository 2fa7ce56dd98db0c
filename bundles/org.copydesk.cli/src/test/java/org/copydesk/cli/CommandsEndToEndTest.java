package org.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleDocs;
import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rule.RuleOption;
import org.copydesk.core.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that do not check: rules, explain, init, --version, and usage errors. */
class CommandsEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void rulesListsEveryRuleWithItsSeverityAndSummary() {
        Copydesk.Run run = Copydesk.run(dir, "rules");
        assertEquals(0, run.exitCode(), run::toString);
        List<RuleInfo> rules = BuiltInRules.all().stream().map(Rule::info).toList();
        assertEquals(rules.size(), run.stdoutLines().size(), run::toString);
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo rule = rules.get(i);
            assertEquals(List.of(rule.id(), rule.defaultSeverity().id(), rule.summary()),
                    List.of(run.stdoutLines().get(i).split("\\s{2,}", 3)));
        }
    }

    @Test
    void explainPrintsTheDocsPageAndUnknownRulesExit2() {
        Rule builtIn = BuiltInRules.all().get(0);
        RuleInfo rule = builtIn.info();
        Copydesk.Run run = Copydesk.run(dir, "explain", rule.id());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.stdout().startsWith(RuleDocs.page(builtIn)), run::toString);
        for (RuleOption<?> option : builtIn.options()) {
            assertTrue(run.stdout().contains("| `" + option.key() + "` | `"), "the options table names " + option.key());
        }
        Copydesk.Run unknown = Copydesk.run(dir, "explain", "no-such-rule");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.stderr().contains("unknown rule 'no-such-rule'; known rules: " + rule.id()), unknown::toString);
    }

    @Test
    void initWritesAConfigThatLoadsAndChangesNothing() throws Exception {
        Copydesk.Run run = Copydesk.run(dir, "init");
        assertEquals(0, run.exitCode(), run::toString);
        Config config = new ConfigLoader(BuiltInRules.all()).load(dir.resolve(Config.FILE_NAME));
        for (Rule rule : BuiltInRules.all()) {
            assertTrue(config.rule(rule.info().id()).enabled());
            assertEquals(null, config.rule(rule.info().id()).severity());
            assertTrue(config.rule(rule.info().id()).options().isEmpty());
            assertTrue(Copydesk.read(dir.resolve(Config.FILE_NAME)).contains("  " + rule.info().id() + ":\n"));
        }
        Copydesk.Run again = Copydesk.run(dir, "init");
        assertEquals(2, again.exitCode());
        assertTrue(again.stderr().contains("already exists; use --force"), again::toString);
    }

    /** A cloned repository could point its .copydesk.yaml at a file of the user's: --force never writes out through it. */
    @Test
    void initForceNeverWritesThroughALinkOutOfTheFolder() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
        Files.createSymbolicLink(repo.resolve(Config.FILE_NAME), Path.of("../victim.txt"));
        Copydesk.Run run = Copydesk.run(dir, "init", "repo", "--force");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.stderr().contains("a symbolic link leading out of repo, or to nothing; not replaced"), run::toString);
        assertEquals("precious\n", Files.readString(victim));

        Files.delete(repo.resolve(Config.FILE_NAME));
        Files.createSymbolicLink(repo.resolve(Config.FILE_NAME), Path.of("nowhere.yaml"));
        assertEquals(2, Copydesk.run(dir, "init", "repo", "--force").exitCode());
        assertTrue(Files.notExists(repo.resolve("nowhere.yaml")));

        Path shared = Files.writeString(Files.createDirectories(repo.resolve("config")).resolve("copydesk.yaml"), "rules: {}\n");
        Files.delete(repo.resolve(Config.FILE_NAME));
        Files.createSymbolicLink(repo.resolve(Config.FILE_NAME), Path.of("config/copydesk.yaml"));
        Copydesk.Run inside = Copydesk.run(dir, "init", "repo", "--force");
        assertEquals(0, inside.exitCode(), inside::toString);
        assertTrue(Files.isSymbolicLink(repo.resolve(Config.FILE_NAME)));
        assertTrue(Files.readString(shared).contains("duplicate-paragraph:"));
    }

    @Test
    void versionAndMissingCommand() {
        Copydesk.Run version = Copydesk.run(dir, "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.stdout().matches("copydesk \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), version::toString);
        Copydesk.Run nothing = Copydesk.run(dir);
        assertEquals(2, nothing.exitCode());
        assertEquals("copydesk: error: missing command: check, fix, rules, explain, init or lsp (see 'copydesk --help')\n", nothing.stderr());
    }
}
