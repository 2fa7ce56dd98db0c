package org.copydesk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.copydesk.core.rule.Rule;
import org.copydesk.core.rule.RuleDocs;
import org.copydesk.core.rules.BuiltInRules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Print a rule's documentation, and how to configure it.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "A rule id, as 'copydesk rules' lists them.")
    String ruleId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Rule> rules = BuiltInRules.all();
        Rule rule = rules.stream().filter(r -> r.info().id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown rule '" + ruleId + "'; known rules: "
                        + rules.stream().map(r -> r.info().id()).collect(Collectors.joining(", "))));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String docs = RuleDocs.page(rule);
        out.print(docs.endsWith("\n") ? docs : docs + "\n");
        out.println();
        out.println("In .copydesk.yaml (defaults shown):");
        out.println();
        out.println("rules:");
        out.print(ConfigTemplate.rule(rule, "  "));
        out.flush();
        return ExitCodes.OK;
    }
}
