package org.copydesk.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of one {@code .gitignore} file (or {@code .git/info/exclude}), as git reads them: blank lines
 * and {@code #} comments skipped, {@code !} re-includes, a trailing {@code /} matches folders only, a pattern
 * with a {@code /} before its end is anchored to the file's folder, {@code *}, {@code ?}, {@code [a-z]} and
 * {@code **} as in git, {@code \} escapes. Paths are relative to the file's folder, with {@code /}.
 */
final class GitIgnore {
    static final GitIgnore EMPTY = new GitIgnore(List.of());

    private record Rule(Pattern pattern, boolean negated, boolean directoryOnly) {
    }

    private final List<Rule> rules;

    private GitIgnore(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static GitIgnore load(Path file) {
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        try {
            return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return EMPTY;
        }
    }

    static GitIgnore parse(String content) {
        List<Rule> rules = new ArrayList<>();
        for (String line : content.split("\r?\n|\r")) {
            Rule rule = parseLine(line);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules.isEmpty() ? EMPTY : new GitIgnore(rules);
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** TRUE if the last pattern matching {@code relativePath} ignores it, FALSE if it re-includes it, null if none matches. */
    Boolean match(String relativePath, boolean directory) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            Rule rule = rules.get(i);
            if ((directory || !rule.directoryOnly) && rule.pattern.matcher(relativePath).matches()) {
                return !rule.negated;
            }
        }
        return null;
    }

    private static Rule parseLine(String raw) {
        String line = stripTrailingSpaces(raw);
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        boolean negated = line.startsWith("!");
        if (negated) {
            line = line.substring(1);
        }
        boolean directoryOnly = line.endsWith("/");
        if (directoryOnly) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            return null;
        }
        boolean anchored = line.indexOf('/') >= 0;
        if (line.startsWith("/")) {
            line = line.substring(1);
        }
        String regex = (anchored ? "" : "(?:.*/)?") + translate(line);
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), negated, directoryOnly);
    }

    /** Trailing spaces are ignored unless escaped with a backslash. */
    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static String translate(String glob) {
        StringBuilder regex = new StringBuilder();
        int n = glob.length();
        int i = 0;
        while (i < n) {
            char c = glob.charAt(i);
            if (c == '*') {
                int j = i;
                while (j < n && glob.charAt(j) == '*') {
                    j++;
                }
                boolean wholeSegment = j - i >= 2 && (i == 0 || glob.charAt(i - 1) == '/') && (j == n || glob.charAt(j) == '/');
                if (wholeSegment && j == n) {
                    regex.append(".*");
                } else if (wholeSegment) {
                    regex.append("(?:.*/)?");
                    j++;
                } else {
                    regex.append("[^/]*");
                }
                i = j;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else if (c == '[') {
                i = characterClass(glob, i, regex);
            } else if (c == '\\' && i + 1 < n) {
                regex.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                i += 2;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }

    /** Appends the class starting at {@code start} ({@code [}) and returns the index after it; an unclosed {@code [} is literal. */
    private static int characterClass(String glob, int start, StringBuilder regex) {
        int i = start + 1;
        StringBuilder set = new StringBuilder("[");
        boolean negated = i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^');
        if (negated) {
            set.append('^');
            i++;
        }
        boolean first = true;
        while (i < glob.length() && (glob.charAt(i) != ']' || first)) {
            char c = glob.charAt(i);
            if (c == '\\' && i + 1 < glob.length()) {
                c = glob.charAt(++i);
            }
            if (c == '-' && !first && i + 1 < glob.length() && glob.charAt(i + 1) != ']') {
                set.append('-');
            } else if (Character.isLetterOrDigit(c)) {
                set.append(c);
            } else {
                set.append('\\').append(c);
            }
            first = false;
            i++;
        }
        if (i >= glob.length()) {
            regex.append(Pattern.quote("["));
            return start + 1;
        }
        // a class never matches the separator
        regex.append(set).append(negated ? "/]" : "]");
        return i + 1;
    }
}
