package org.copydesk.core.rules.footer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.copydesk.core.CheckResult;
import org.copydesk.core.Checker;
import org.copydesk.core.Finding;
import org.copydesk.core.FixApplier;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Document;
import org.copydesk.core.document.Format;
import org.copydesk.core.rule.RuleSettings;
import org.junit.jupiter.api.Test;

/**
 * Scores the rule on articles made of a real-looking body and an ending: chrome pasted from a platform, or a
 * last line of prose that looks like chrome (see {@code footer-evaluation/README.md}). A chrome article counts
 * as found when the only finding starts where the chrome starts and its fix leaves exactly the body.
 */
class FooterEvaluationTest {
    private static final double MIN_PRECISION = 0.99;
    private static final double MIN_RECALL = 0.97;

    private record Ending(String name, String text, boolean glued) {
    }

    private final Checker checker = new Checker(new Config(Map.of("duplicate-paragraph", new RuleSettings(false, null, Map.of())),
            List.of(), null, null), List.of(new CmsFooterRule()));

    @Test
    void precisionAndRecallOnArticlesEndingInChromeOrLookAlikeProse() throws IOException, URISyntaxException {
        List<Path> bodies;
        try (Stream<Path> files = Files.list(Path.of(getClass().getResource("/footer-evaluation/bodies").toURI()))) {
            bodies = files.sorted().toList();
        }
        List<Ending> chrome = endings("chrome.txt");
        List<Ending> prose = endings("prose.txt");
        int found = 0;
        int falseFindings = 0;
        int chromeArticles = 0;
        List<String> misses = new ArrayList<>();
        for (Path file : bodies) {
            String body = Files.readString(file, StandardCharsets.UTF_8);
            Format format = Format.ofFileName(file.getFileName().toString()).orElseThrow();
            falseFindings += check(body, format).size();
            for (int i = 0; i < chrome.size(); i++) {
                Ending ending = chrome.get(i);
                String before = ending.glued() ? body.stripTrailing() : body + (i % 2 == 0 ? "" : "\n");
                String text = before + ending.text();
                List<Finding> findings = check(text, format);
                chromeArticles++;
                boolean right = findings.size() == 1 && findings.get(0).start() == before.length()
                        && FixApplier.apply(text, List.of(findings.get(0).automaticFix())).text().equals(body);
                if (right) {
                    found++;
                } else {
                    misses.add(file.getFileName() + " + " + ending.name() + ": " + findings);
                    falseFindings += (int) findings.stream().filter(f -> f.start() < before.length()).count();
                }
            }
            for (int i = 0; i < prose.size(); i++) {
                String text = body + (i % 2 == 0 ? "" : "\n") + prose.get(i).text();
                List<Finding> findings = check(text, format);
                if (!findings.isEmpty()) {
                    misses.add(file.getFileName() + " + prose " + prose.get(i).name() + ": " + findings);
                }
                falseFindings += findings.size();
            }
        }
        double precision = (double) found / (found + falseFindings);
        double recall = (double) found / chromeArticles;
        System.out.printf("cms-footer evaluation: %d articles (%d bodies x (%d chrome + %d prose endings)); "
                + "found %d of %d chrome endings, %d false findings; precision %.3f, recall %.3f%n",
                bodies.size() * (chrome.size() + prose.size()), bodies.size(), chrome.size(), prose.size(), found,
                chromeArticles, falseFindings, precision, recall);
        misses.forEach(miss -> System.out.println("  miss: " + miss));
        assertTrue(precision >= MIN_PRECISION, "precision " + precision + "\n" + String.join("\n", misses));
        assertTrue(recall >= MIN_RECALL, "recall " + recall + "\n" + String.join("\n", misses));
    }

    private List<Finding> check(String text, Format format) {
        CheckResult result = checker.check(Document.parse(text, format));
        assertTrue(result.failures().isEmpty(), result.failures()::toString);
        return result.findings();
    }

    private static List<Ending> endings(String name) throws IOException {
        String all;
        try (InputStream in = FooterEvaluationTest.class.getResourceAsStream("/footer-evaluation/" + name)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Ending> endings = new ArrayList<>();
        for (String part : all.split("(?m)^=== ")) {
            if (part.isBlank()) {
                continue;
            }
            int newline = part.indexOf('\n');
            String header = part.substring(0, newline).strip();
            boolean glued = header.endsWith(" glued");
            endings.add(new Ending(glued ? header.substring(0, header.length() - 6) : header, part.substring(newline + 1), glued));
        }
        return endings;
    }
}
