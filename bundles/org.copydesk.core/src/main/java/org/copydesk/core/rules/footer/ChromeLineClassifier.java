package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one line (already {@link LineText#normalize normalized}) and says whether it is site or post chrome, and
 * what kind. A line is cut into {@link LineSegments} at the separators sites put between links and at sentence
 * ends; each segment is read on its own:
 * <ol>
 * <li>a built-in signature (a platform's exact wording) is strong evidence;</li>
 * <li>a notice that must stay with republished text ("Reprinted with permission of …") is never chrome;</li>
 * <li>the {@link ChromeShapes}: copyright notices, credits, post meta, comment counters, template sentences;</li>
 * <li>a segment that reads as a sentence ({@link ProseTest}) is prose;</li>
 * <li>a segment made of {@link ChromeLabels} ("Email | Print | Comments", "Newer Post Older Post Home") is chrome;</li>
 * <li>dates, handles, links, follow prompts and the like are weak evidence;</li>
 * <li>anything else short is a label: a related post's title, a name.</li>
 * </ol>
 * The line is chrome when its chrome segments outweigh its prose. A configured signature counts only on a line
 * that does not read as prose, so no user pattern makes a sentence chrome.
 */
final class ChromeLineClassifier {
    /** A segment's verdict and its number of words, for weighing it against the others. */
    private record Reading(LineVerdict verdict, int words, boolean licence) {
    }

    /** Lines longer than this are prose, whatever they hold. */
    static final int MAX_WORDS = 60;

    private final SignatureSet signatures;
    private final BoundedText.Budget budget;

    ChromeLineClassifier(SignatureSet signatures, BoundedText.Budget budget) {
        this.signatures = signatures;
        this.budget = budget;
    }

    /** The verdict on a whole line; {@code heading} lines are never matched against configured signatures. */
    LineVerdict classify(String line, boolean heading) {
        LineVerdict builtIn = signatures.remembered(line, this::builtIn);
        if (!builtIn.is(LineVerdict.Role.PROSE) && !heading) {
            Signature configured = signatures.configured(line, budget);
            if (configured != null) {
                return LineVerdict.configured(configured.description());
            }
        }
        return builtIn;
    }

    /** The built-in signature this whole line is, or null. */
    Signature builtInSignature(String line) {
        return signatures.builtInAnchor(line);
    }

    /** The verdict from the built-in knowledge alone. */
    LineVerdict builtIn(String line) {
        LineWords all = LineWords.of(line);
        if (all.wordCount() > MAX_WORDS) {
            return LineVerdict.PROSE;
        }
        Signature signature = signatures.builtInAnchor(line);
        if (signature != null) {
            return LineVerdict.strong(signature.description());
        }
        if (ChromePatterns.PHOTO_CREDIT_LINE.matcher(line).find()) {
            // a picture's credit belongs with the text, whoever it names
            return ProseTest.readsAsProse(all, line) ? LineVerdict.PROSE : LineVerdict.LABEL;
        }
        List<String> segments = LineSegments.of(line);
        List<Reading> readings = new ArrayList<>(segments.size());
        for (String segment : segments) {
            Reading reading = read(segment);
            if (reading.licence()) {
                return LineVerdict.PROSE;
            }
            readings.add(reading);
        }
        int strong = 0;
        int weak = 0;
        int prose = 0;
        LineVerdict first = null;
        LineVerdict firstWeak = null;
        boolean twoKinds = false;
        for (Reading reading : readings) {
            switch (reading.verdict().role()) {
                case STRONG -> {
                    strong += Math.max(1, reading.words());
                    twoKinds |= first != null && first.kind() != null && reading.verdict().kind() != null
                            && first.kind() != reading.verdict().kind();
                    first = first == null ? reading.verdict() : first;
                }
                case WEAK -> {
                    weak += Math.max(1, reading.words());
                    firstWeak = firstWeak == null ? reading.verdict() : firstWeak;
                }
                case PROSE -> prose += reading.words();
                default -> { }
            }
        }
        if (first != null && prose == 0 && twoKinds) {
            // two families of chrome side by side ("Posted on DATE at TIME • 14 Comments") are a template's bar:
            // a writer's own last line holds one of them at most
            return new LineVerdict(LineVerdict.Role.STRONG, first.name(), true, first.kind(), false);
        }
        if (first != null && prose <= strong + weak) {
            return ChromeShapes.withPlatform(first, line);
        }
        if (prose > 0 && (prose * 2 > all.wordCount() || ProseTest.readsAsProse(all, line))) {
            // a sentence in the site's voice between chrome lines ("If you prefer a digest, subscribe to …")
            // may sit in a footer as a label does; alone it is prose
            return (first != null || firstWeak != null) && all.wordCount() <= 40 ? LineVerdict.LABEL : LineVerdict.PROSE;
        }
        if (first != null || firstWeak != null) {
            return LineVerdict.weak(first != null ? first.name() : firstWeak.name());
        }
        Signature companion = signatures.companion(line);
        if (companion != null) {
            return LineVerdict.weak(companion.description());
        }
        return ProseTest.readsAsProse(all, line) ? LineVerdict.PROSE : LineVerdict.LABEL;
    }

    /** One segment of a line. */
    private Reading read(String segment) {
        LineWords words = LineWords.of(segment);
        int n = words.wordCount();
        if (n == 0) {
            return new Reading(ChromeShapes.hasLinkOrHandle(words) ? LineVerdict.weak(ChromeKind.CONTACT) : LineVerdict.LABEL, 0, false);
        }
        String lower = segment.toLowerCase(Locale.ROOT);
        if (ChromePatterns.isLicenceNotice(segment, lower)) {
            return new Reading(LineVerdict.PROSE, n, true);
        }
        boolean sentence = ProseTest.readsAsProse(words, segment);
        // a platform's label inside a line of links ("Awesome Inc. template. Powered by Blogger."); a sentence
        // is matched against the signatures as a whole line, not piece by piece
        if (n > 1 && !sentence) {
            Signature signature = signatures.builtInAnchor(segment);
            if (signature != null) {
                return new Reading(LineVerdict.strong(signature.description()), n, false);
            }
        }
        LineVerdict shape = ChromeShapes.strong(segment, lower, words, sentence);
        if (shape != null) {
            return new Reading(enabled(shape), n, false);
        }
        LineVerdict byWords = sentence && !isWidgetTitle(segment, words) ? null : ChromeLabels.read(words);
        if (sentence) {
            // a widget's title may trail off ("Similar posts you may like..."): that mark ends no sentence
            boolean widgetTitle = byWords != null && byWords.is(LineVerdict.Role.STRONG);
            return new Reading(widgetTitle ? enabled(byWords) : LineVerdict.PROSE, n, false);
        }
        if (byWords != null) {
            return new Reading(enabled(byWords), n, false);
        }
        LineVerdict weak = ChromeShapes.weak(segment, words);
        return new Reading(weak != null ? enabled(weak) : LineVerdict.LABEL, n, false);
    }

    /** A few words trailing off, every one of them a chrome word: a widget's title. */
    private static boolean isWidgetTitle(String segment, LineWords words) {
        String s = segment.strip();
        return (s.endsWith("...") || s.endsWith("\u2026")) && words.wordCount() <= 6 && ChromeLabels.coversEveryWord(words);
    }

    /** A family the configuration turned off ({@code disable: [copyright]}) reads as a label. */
    private LineVerdict enabled(LineVerdict verdict) {
        return verdict.kind() != null && signatures.isDisabled(verdict.kind()) ? LineVerdict.LABEL : verdict;
    }
}
