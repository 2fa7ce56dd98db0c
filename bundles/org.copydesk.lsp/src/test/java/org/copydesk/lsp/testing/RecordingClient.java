package org.copydesk.lsp.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that records what the server sends and answers its requests, for tests to wait on. */
public final class RecordingClient implements LanguageClient {
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, List<PublishDiagnosticsParams>> diagnostics = new ConcurrentHashMap<>();
    public final List<MessageParams> shown = new CopyOnWriteArrayList<>();
    public final List<MessageParams> logged = new CopyOnWriteArrayList<>();
    public final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
    public final List<ApplyWorkspaceEditParams> editsAsked = new CopyOnWriteArrayList<>();
    public final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    public final List<ShowDocumentParams> documentsShown = new CopyOnWriteArrayList<>();
    /** What {@code workspace/configuration} answers, for the section asked. */
    public volatile Object settings;

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.computeIfAbsent(params.getUri(), uri -> new CopyOnWriteArrayList<>()).add(params);
        notifyAll();
    }

    /** Waits until the last diagnostics published for {@code uri} satisfy {@code condition}, and returns them. */
    public synchronized PublishDiagnosticsParams await(String uri, Predicate<PublishDiagnosticsParams> condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            PublishDiagnosticsParams last = last(uri);
            if (last != null && condition.test(last)) {
                return last;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no diagnostics as expected for " + uri + " within " + TIMEOUT + "; last: " + last);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public PublishDiagnosticsParams awaitCount(String uri, int count) {
        return await(uri, p -> p.getDiagnostics().size() == count);
    }

    public synchronized PublishDiagnosticsParams last(String uri) {
        List<PublishDiagnosticsParams> all = diagnostics.get(uri);
        return all == null || all.isEmpty() ? null : all.get(all.size() - 1);
    }

    public synchronized List<PublishDiagnosticsParams> all(String uri) {
        return new ArrayList<>(diagnostics.getOrDefault(uri, List.of()));
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public synchronized void showMessage(MessageParams params) {
        shown.add(params);
        notifyAll();
    }

    /** Waits for a shown message containing {@code text}. */
    public synchronized MessageParams awaitShown(String text) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            for (MessageParams message : shown) {
                if (message.getMessage().contains(text)) {
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no message containing '" + text + "'; shown: " + shown);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void logMessage(MessageParams params) {
        logged.add(params);
        notifyAll();
    }

    /** Waits for a log line containing {@code text} after the first {@code skip} lines; returns its index. */
    public synchronized int awaitLogged(String text, int skip) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            for (int i = skip; i < logged.size(); i++) {
                if (logged.get(i).getMessage().contains(text)) {
                    return i;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no log line containing '" + text + "'; logged: " + logged);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams params) {
        documentsShown.add(params);
        return CompletableFuture.completedFuture(new ShowDocumentResult(true));
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        editsAsked.add(params);
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        progress.add(params);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        List<Object> values = new ArrayList<>();
        params.getItems().forEach(item -> values.add(settings));
        return CompletableFuture.completedFuture(values);
    }
}
