package org.copydesk.core.rules.footer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in signatures, read once from {@code signatures.tsv} beside this class: data, so that adding a
 * platform's wording is a one-line change that its example then tests.
 */
final class SignatureCatalog {
    static final String RESOURCE = "signatures.tsv";

    private static final List<Signature> BUILT_IN = load();
    private static final Set<String> IDS = ids(BUILT_IN);

    private SignatureCatalog() {
    }

    static List<Signature> builtIn() {
        return BUILT_IN;
    }

    /** What {@code disable} accepts: the signatures' ids, and the families of chrome the classifier knows. */
    static Set<String> ids() {
        return IDS;
    }

    private static List<Signature> load() {
        try (InputStream in = SignatureCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Signature> parse(List<String> lines) {
        List<Signature> signatures = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 6) {
                throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": expected 6 tab-separated columns, got " + cells.length);
            }
            Signature signature = Signature.of(cells[0], cells[1], cells[2], Where.parse(cells[3]), cells[4], false, cells[5]);
            if (signature.pattern() != null && signature.pattern().matcher("").groupCount() > 0) {
                // the built-in patterns are joined into one alternation per kind of place; groups would shift
                throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": use (?:...) groups only");
            }
            if (signature.where() == Where.ANYWHERE && signature.needle().length() < 8) {
                throw new IllegalStateException(RESOURCE + ":" + (n + 1) + ": an 'anywhere' signature needs a literal beginning");
            }
            signatures.add(signature);
        }
        return List.copyOf(signatures);
    }

    private static Set<String> ids(List<Signature> signatures) {
        Set<String> ids = new LinkedHashSet<>();
        for (Signature signature : signatures) {
            if (!ids.add(signature.id())) {
                throw new IllegalStateException(RESOURCE + ": duplicate id " + signature.id());
            }
        }
        // a family's id may also be a signature's ("theme-credit"): turning it off turns off both
        for (ChromeKind kind : ChromeKind.values()) {
            ids.add(kind.id());
        }
        return Set.copyOf(ids);
    }
}
