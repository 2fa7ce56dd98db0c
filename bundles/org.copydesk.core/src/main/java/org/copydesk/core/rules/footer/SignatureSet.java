package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.core.text.Chars;

/**
 * The signatures one check uses (the catalog less those turned off, plus the configured ones), arranged for
 * quick lookup: literals by their canonical text, and the built-in patterns joined into one alternation per
 * kind of place, so a line costs one hash lookup and one regex match, however long the catalog. Immutable and
 * shared: sets are cached by configuration, so a configured pattern is compiled once, not per check.
 */
final class SignatureSet {
    private static final SignatureSet DEFAULT = new SignatureSet(SignatureCatalog.builtIn(), Set.of());
    private static final int CACHE_SIZE = 32;
    private static final Map<List<Object>, SignatureSet> CACHE = new ConcurrentHashMap<>();

    private final Map<String, List<Signature>> literals = new HashMap<>();
    private final List<Signature> anywhere = new ArrayList<>();
    private final Alternation lineAnchors;
    private final Alternation companions;
    private final List<Signature> bounded = new ArrayList<>();
    private final FirstCharacter lineAnchorsByFirstCharacter;
    private final FirstCharacter anchorsByFirstCharacter;
    /** The {@link Where#LINE} literals by length: a plain line is compared only with those of its length. */
    private final Map<Integer, List<Signature>> lineLiteralsByLength = new HashMap<>();
    private int longestLineLiteral;
    /** Families of chrome the configuration turned off. */
    private final Set<ChromeKind> disabledKinds;
    /**
     * Lines already read by the built-in knowledge, which depends on the line and this set alone: the end of a
     * text is read again on every check while the writer types elsewhere. Bounded, and emptied when full.
     */
    private final Map<String, LineVerdict> verdicts = new ConcurrentHashMap<>();
    private static final int VERDICTS = 1024;

    private SignatureSet(List<Signature> signatures, Set<ChromeKind> disabledKinds) {
        this.disabledKinds = disabledKinds;
        List<Signature> patterns = new ArrayList<>();
        for (Signature signature : signatures) {
            if (signature.where() == Where.ANYWHERE) {
                anywhere.add(signature);
            }
            if (signature.literal() != null && isWholeLine(signature)) {
                longestLineLiteral = Math.max(longestLineLiteral, signature.literal().length());
                lineLiteralsByLength.computeIfAbsent(signature.literal().length(), k -> new ArrayList<>()).add(signature);
            }
            if (signature.literal() != null) {
                literals.computeIfAbsent(signature.literal(), k -> new ArrayList<>()).add(signature);
            } else if (signature.bounded()) {
                bounded.add(signature);
            } else {
                patterns.add(signature);
            }
        }
        lineAnchors = Alternation.of(patterns, SignatureSet::isWholeLine);
        companions = Alternation.of(patterns, s -> s.where() == Where.COMPANION);
        lineAnchorsByFirstCharacter = new FirstCharacter(lineAnchors.signatures());
        anchorsByFirstCharacter = new FirstCharacter(Alternation.of(patterns, s -> s.where().isAnchor()).signatures());
    }

    /** The set for a configuration: {@code disabled} ids, and {@code configured} signatures as written. */
    static SignatureSet of(Set<String> disabled, List<String> configured) {
        if (disabled.isEmpty() && configured.isEmpty()) {
            return DEFAULT;
        }
        List<Object> key = List.of(Set.copyOf(disabled), List.copyOf(configured));
        SignatureSet cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        List<Signature> signatures = new ArrayList<>();
        for (Signature signature : SignatureCatalog.builtIn()) {
            if (!disabled.contains(signature.id())) {
                signatures.add(signature);
            }
        }
        signatures.addAll(ConfiguredSignatures.parse(configured));
        Set<ChromeKind> kinds = EnumSet.noneOf(ChromeKind.class);
        for (ChromeKind kind : ChromeKind.values()) {
            if (disabled.contains(kind.id())) {
                kinds.add(kind);
            }
        }
        SignatureSet set = new SignatureSet(signatures, Set.copyOf(kinds));
        if (CACHE.size() >= CACHE_SIZE) {
            CACHE.clear();
        }
        CACHE.put(key, set);
        return set;
    }

    /** The verdict on {@code line} by the built-in knowledge, read by {@code read} the first time only. */
    LineVerdict remembered(String line, Function<String, LineVerdict> read) {
        LineVerdict verdict = verdicts.get(line);
        if (verdict == null) {
            verdict = read.apply(line);
            if (verdicts.size() >= VERDICTS) {
                verdicts.clear();
            }
            verdicts.put(line, verdict);
        }
        return verdict;
    }

    boolean isDisabled(ChromeKind kind) {
        return disabledKinds.contains(kind);
    }

    /** The unambiguous signatures, which are searched for in the whole text. */
    List<Signature> anywhere() {
        return anywhere;
    }

    /** Signatures that make a whole line chrome wherever it stands. */
    private static boolean isWholeLine(Signature signature) {
        return signature.where() == Where.LINE || signature.where() == Where.ANYWHERE;
    }

    /** A signature that makes this whole line chrome wherever it stands, or null. */
    Signature lineSignature(String normalized) {
        Signature literal = literal(normalized, SignatureSet::isWholeLine);
        return literal != null ? literal : lineAnchors.match(normalized);
    }

    /** A built-in signature (not a configured one) that makes this line chrome at the end of the text, or null. */
    Signature builtInAnchor(String normalized) {
        Signature literal = literal(normalized, s -> s.where().isAnchor() && !s.bounded());
        return literal != null ? literal : anchorsByFirstCharacter.match(normalized);
    }

    /** A companion (a share button's label, a date): chrome only beside other chrome. */
    Signature companion(String normalized) {
        Signature literal = literal(normalized, s -> s.where() == Where.COMPANION);
        return literal != null ? literal : companions.match(normalized);
    }

    /** A signature from the configuration that matches this whole line, or null; a regex runs within its budget. */
    Signature configured(String normalized, BoundedText.Budget budget) {
        Signature literal = literal(normalized, Signature::bounded);
        if (literal != null) {
            return literal;
        }
        for (Signature signature : bounded) {
            if (budget.matches(signature.pattern(), normalized)) {
                return signature;
            }
        }
        return null;
    }

    /**
     * A matcher of whole lines of {@code text} against {@link #lineSignature}, for the scan of every short
     * block: a plain line is matched in place against the patterns that can start with its first character,
     * so the scan allocates nothing and most lines cost a table lookup.
     */
    LineMatcher lineMatcher(String text) {
        return new LineMatcher(text);
    }

    final class LineMatcher {
        private final String text;
        private final Matcher[] matchers = new Matcher[lineAnchorsByFirstCharacter.distinct.size()];

        private LineMatcher(String text) {
            this.text = text;
        }

        Signature match(int start, int end) {
            int from = LineText.skipMarkers(text, start, end);
            int to = Chars.trimEnd(text, from, end);
            if (from == to) {
                return null;
            }
            if (!LineText.isPlain(text, from, to)) {
                return lineSignature(LineText.normalize(text, from, to));
            }
            if (to - from <= longestLineLiteral + 8) {
                List<Signature> sameLength = lineLiteralsByLength.get(LineText.canonicalLength(text, from, to));
                for (Signature signature : sameLength == null ? List.<Signature>of() : sameLength) {
                    if (LineText.canonicalEquals(text, from, to, signature.literal())) {
                        return signature;
                    }
                }
            }
            int index = lineAnchorsByFirstCharacter.index(text.charAt(from));
            Alternation candidates = lineAnchorsByFirstCharacter.distinct.get(index);
            if (candidates.pattern() == null) {
                return null;
            }
            if (matchers[index] == null) {
                matchers[index] = candidates.pattern().matcher(text);
            }
            Matcher matcher = matchers[index];
            matcher.region(from, to);
            return matcher.matches() ? candidates.which(matcher) : null;
        }
    }

    private Signature literal(String normalized, Predicate<Signature> wanted) {
        List<Signature> candidates = literals.get(LineText.canonical(normalized));
        if (candidates != null) {
            for (Signature signature : candidates) {
                if (wanted.test(signature)) {
                    return signature;
                }
            }
        }
        return null;
    }

    /**
     * The patterns that can match a line starting with a given ASCII character. Found by asking the regex engine
     * itself: a pattern that fails on that one character without reaching the end of its input ({@code hitEnd})
     * fails on every line that starts with it.
     */
    private static final class FirstCharacter {
        /** The distinct alternations; the last one holds every pattern, for lines starting beyond ASCII. */
        private final List<Alternation> distinct = new ArrayList<>();
        private final int[] byCharacter = new int[128];

        FirstCharacter(List<Signature> patterns) {
            Map<BitSet, Integer> shared = new HashMap<>();
            for (char c = 0; c < 128; c++) {
                BitSet possible = new BitSet();
                for (int i = 0; i < patterns.size(); i++) {
                    Matcher probe = patterns.get(i).pattern().matcher(String.valueOf(c));
                    if (probe.lookingAt() || probe.hitEnd()) {
                        possible.set(i);
                    }
                }
                byCharacter[c] = shared.computeIfAbsent(possible, bits -> {
                    distinct.add(Alternation.of(bits.stream().mapToObj(patterns::get).toList(), s -> true));
                    return distinct.size() - 1;
                });
            }
            distinct.add(Alternation.of(patterns, s -> true));
        }

        int index(char first) {
            return first < 128 ? byCharacter[first] : distinct.size() - 1;
        }

        /** What the alternation of all the patterns matches in the whole of {@code text}, trying only those that may. */
        Signature match(String text) {
            return distinct.get(text.isEmpty() ? distinct.size() - 1 : index(text.charAt(0))).match(text);
        }
    }

    /** Several patterns as one {@code (a)|(b)|...}; the group that matched says which signature it was. */
    private record Alternation(Pattern pattern, List<Signature> signatures) {
        static Alternation of(List<Signature> patterns, Predicate<Signature> wanted) {
            List<Signature> chosen = patterns.stream().filter(wanted).toList();
            if (chosen.isEmpty()) {
                return new Alternation(null, chosen);
            }
            StringBuilder regex = new StringBuilder();
            for (Signature signature : chosen) {
                regex.append(regex.length() == 0 ? "(" : "|(").append(signature.pattern().pattern()).append(')');
            }
            return new Alternation(Pattern.compile(regex.toString(), Signature.BUILT_IN_FLAGS), chosen);
        }

        Signature match(String normalized) {
            if (pattern == null) {
                return null;
            }
            Matcher matcher = pattern.matcher(normalized);
            return matcher.matches() ? which(matcher) : null;
        }

        /** The signature whose group took part in the match. */
        Signature which(Matcher matcher) {
            for (int group = 1; group <= signatures.size(); group++) {
                if (matcher.start(group) >= 0) {
                    return signatures.get(group - 1);
                }
            }
            return null;
        }
    }
}
