package org.copydesk.core.reliability;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.rules.BuiltInRules;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz test of config files: whatever the bytes, {@link ConfigLoader#parse} gives a config that checks a
 * document without a rule failing, or a {@link ConfigException} whose message is one line naming the file.
 * Seeds: {@code ConfigFuzzTestInputs/parse/}.
 */
class ConfigFuzzTest {
    private static final ConfigLoader LOADER = new ConfigLoader(BuiltInRules.all());
    private static final Pattern MESSAGE = Pattern.compile("fuzz\\.yaml(:\\d+:\\d+)?: [^\\n\\r]+");
    private static final String DOCUMENT = "The council approved the budget on Tuesday after a long debate.\n\n"
            + "\u201CWe will win,\u201D the mayor said. \"We will win.\"\n\n"
            + "The council approved the budget on Tuesday after a long debate.\n\nShare this:\n\nLike this:\n";

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] input) {
        Config config;
        try {
            config = LOADER.parse(new String(input, StandardCharsets.UTF_8), "fuzz.yaml", null);
        } catch (ConfigException e) {
            if (!MESSAGE.matcher(e.getMessage()).matches()) {
                throw new AssertionError("not a one-line config error: " + e.getMessage(), e);
            }
            return;
        }
        for (String name : new String[] {"draft.txt", "draft.md", "draft.adoc"}) {
            CheckResult result = new Checker(config).check(name, DOCUMENT);
            Invariants.assertNoFailures(result);
            Invariants.assertFindingsInside(DOCUMENT, result.findings());
        }
    }
}
