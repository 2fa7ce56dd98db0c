package org.copydesk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleInfo;
import org.copydesk.core.rules.BuiltInRules;

import picocli.CommandLine.Command;

@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "List the rules: id, default severity and what each finds.")
final class RulesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        List<RuleInfo> rules = BuiltInRules.all().stream().map(Rule::info).toList();
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (RuleInfo rule : rules) {
            out.printf("%-" + idWidth + "s  %-7s  %s%n", rule.id(), rule.defaultSeverity().id(), rule.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
