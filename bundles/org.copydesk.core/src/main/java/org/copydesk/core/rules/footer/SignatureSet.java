package org.copydesk.core.rules.footer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signatures one check uses (the catalog less those turned off, plus the configured ones), arranged for
 * quick lookup: literals by their canonical text, and the built-in patterns joined into one alternation per
 * kind of place, so a line costs one hash lookup and one regex match, however long the catalog.
 */
final class SignatureSet {
    private static final SignatureSet DEFAULT = new SignatureSet(SignatureCatalog.builtIn());

    private final Map<String, List<Signature>> literals = new HashMap<>();
    private final List<Signature> anywhere = new ArrayList<>();
    private final Alternation lineAnchors;
    private final Alternation anchors;
    private final Alternation companions;
    private final List<Signature> bounded = new ArrayList<>();

    private SignatureSet(List<Signature> signatures) {
        List<Signature> patterns = new ArrayList<>();
        for (Signature signature : signatures) {
            if (signature.where() == Where.ANYWHERE) {
                anywhere.add(signature);
            }
            if (signature.literal() != null) {
                literals.computeIfAbsent(signature.literal(), k -> new ArrayList<>()).add(signature);
            } else if (signature.bounded()) {
                bounded.add(signature);
            } else {
                patterns.add(signature);
            }
        }
        lineAnchors = Alternation.of(patterns, s -> s.where() == Where.LINE);
        anchors = Alternation.of(patterns, s -> s.where().isAnchor());
        companions = Alternation.of(patterns, s -> s.where() == Where.COMPANION);
    }

    static SignatureSet of(Set<String> disabled, List<Signature> configured) {
        if (disabled.isEmpty() && configured.isEmpty()) {
            return DEFAULT;
        }
        List<Signature> signatures = new ArrayList<>();
        for (Signature signature : SignatureCatalog.builtIn()) {
            if (!disabled.contains(signature.id())) {
                signatures.add(signature);
            }
        }
        signatures.addAll(configured);
        return new SignatureSet(signatures);
    }

    /** The unambiguous signatures, which are searched for in the whole text. */
    List<Signature> anywhere() {
        return anywhere;
    }

    /** A signature that makes this whole line chrome wherever it stands, or null. */
    Signature lineSignature(String normalized) {
        Signature literal = literal(normalized, s -> s.where() == Where.LINE);
        return literal != null ? literal : lineAnchors.match(normalized);
    }

    /** A signature that makes this line (or glued-on text) chrome at the end of the text, or null. */
    Signature anchor(String normalized, BoundedText.Budget budget) {
        Signature literal = literal(normalized, s -> s.where().isAnchor());
        if (literal != null) {
            return literal;
        }
        Signature builtIn = anchors.match(normalized);
        if (builtIn != null) {
            return builtIn;
        }
        for (Signature signature : bounded) {
            if (budget.matches(signature.pattern(), normalized)) {
                return signature;
            }
        }
        return null;
    }

    /** An anchor, or else a companion (a share button's label, a date), or null. */
    Signature anchorOrCompanion(String normalized, BoundedText.Budget budget) {
        Signature anchor = anchor(normalized, budget);
        if (anchor != null) {
            return anchor;
        }
        Signature literal = literal(normalized, s -> s.where() == Where.COMPANION);
        return literal != null ? literal : companions.match(normalized);
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
            return new Alternation(Pattern.compile(regex.toString(), Signature.REGEX_FLAGS), chosen);
        }

        Signature match(String normalized) {
            if (pattern == null) {
                return null;
            }
            Matcher matcher = pattern.matcher(normalized);
            if (!matcher.matches()) {
                return null;
            }
            for (int group = 1; group <= signatures.size(); group++) {
                if (matcher.start(group) >= 0) {
                    return signatures.get(group - 1);
                }
            }
            return null;
        }
    }
}
