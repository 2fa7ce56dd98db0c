package org.copydesk.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.core.config.ConfigException;
import org.copydesk.lsp.config.ConfigStore;
import org.copydesk.lsp.documents.DocumentKey;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * A config file Copydesk cannot use, shown where the writer will fix it: a diagnostic on the file, at the line
 * and column the error names, and once a message saying that checking goes on with the editor's settings. When the
 * file is fixed, the diagnostic goes.
 */
final class ConfigDiagnostics {
    private static final Pattern WHERE = Pattern.compile("^(\\d+):(\\d+): (.*)$", Pattern.DOTALL);

    private final ConfigStore configs;
    private final Publisher publisher;
    /** The error published for each config file, null once it is fine. */
    private final Map<Path, String> published = new HashMap<>();

    ConfigDiagnostics(ConfigStore configs, Publisher publisher) {
        this.configs = configs;
        this.publisher = publisher;
    }

    /** Publishes what changed since the last call. */
    synchronized void refresh() {
        Map<Path, ConfigException> read = configs.filesRead();
        for (Map.Entry<Path, String> old : new HashMap<>(published).entrySet()) {
            if (old.getValue() != null && read.get(old.getKey()) == null) {
                publisher.diagnostics(DocumentKey.of(old.getKey()).uri(), null, List.of());
                published.put(old.getKey(), null);
            }
        }
        read.forEach((file, error) -> {
            String message = error == null ? null : error.getMessage();
            if (message != null && !message.equals(published.get(file))) {
                publisher.diagnostics(DocumentKey.of(file).uri(), null, List.of(diagnostic(file, message)));
                publisher.showOnce(MessageType.Error, "Copydesk cannot use " + message
                        + ". Drafts under it are checked with the editor's settings until it is fixed.");
            }
            published.put(file, message);
        });
    }

    private static Diagnostic diagnostic(Path file, String message) {
        String prefix = file.toString() + ":";
        String rest = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        int line = 0;
        int column = 0;
        Matcher where = WHERE.matcher(rest);
        String problem = rest.strip();
        if (where.matches()) {
            line = Integer.parseInt(where.group(1)) - 1;
            column = Integer.parseInt(where.group(2)) - 1;
            problem = where.group(3);
        }
        int lineLength = lineLength(file, line);
        Range range = new Range(new Position(line, Math.min(column, lineLength)), new Position(line, Math.max(lineLength, Math.min(column, lineLength))));
        Diagnostic diagnostic = new Diagnostic(range, problem, DiagnosticSeverity.Error, "copydesk");
        diagnostic.setCode(org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft("config"));
        return diagnostic;
    }

    private static int lineLength(Path file, int line) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return line < lines.size() ? lines.get(line).length() : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
