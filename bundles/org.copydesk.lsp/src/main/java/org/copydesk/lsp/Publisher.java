package org.copydesk.lsp;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Everything the server tells the client on its own: diagnostics, log lines and messages for the writer. A client
 * that has gone away makes these calls throw; that is logged on standard error and never stops a check.
 */
public final class Publisher {
    private static final Logger LOG = Logger.getLogger(Publisher.class.getName());

    private volatile LanguageClient client;
    private volatile boolean closed;
    /** Messages already shown, so that a broken config file is reported once, not at every keystroke. */
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    public LanguageClient client() {
        return client;
    }

    public void diagnostics(String uri, Integer version, List<Diagnostic> diagnostics) {
        send(() -> client.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version)));
    }

    public void log(MessageType type, String message) {
        LOG.log(type == MessageType.Error ? Level.WARNING : Level.FINE, message);
        send(() -> client.logMessage(new MessageParams(type, message)));
    }

    /** Shows {@code message} to the writer, once until {@link #forgetShown()}, and logs it. */
    public void showOnce(MessageType type, String message) {
        if (shown.add(message)) {
            send(() -> client.showMessage(new MessageParams(type, message)));
        }
        log(type, message);
    }

    /** After {@code shutdown}: nothing more is sent. */
    void close() {
        closed = true;
    }

    public void forgetShown() {
        shown.clear();
    }

    private void send(Runnable call) {
        if (client == null || closed) {
            return;
        }
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot reach the client: " + e, e);
        }
    }
}
