package org.copydesk.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.copydesk.core.Severity;

/** A rule's id, summary, default severity and documentation page. */
public record RuleInfo(String id, String summary, Severity defaultSeverity) {

    public static RuleInfo of(Class<?> ruleClass) {
        RuleMeta meta = ruleClass.getAnnotation(RuleMeta.class);
        if (meta == null) {
            throw new IllegalStateException(ruleClass.getName() + " has no @RuleMeta");
        }
        return new RuleInfo(meta.id(), meta.summary(), meta.severity());
    }

    /** The rule's documentation in Markdown, as shown by {@code copydesk explain}, the IDE hover and SARIF help. */
    public String docs() {
        String path = "/org/copydesk/core/docs/" + id + ".md";
        try (InputStream in = RuleInfo.class.getResourceAsStream(path)) {
            if (in == null) {
                return "# " + id + "\n\n" + summary + "\n";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
