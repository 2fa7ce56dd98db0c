package org.copydesk.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.copydesk.core.RuleFailure;
import org.copydesk.lsp.config.ConfigStore;
import org.copydesk.lsp.config.EditorSettings;
import org.copydesk.lsp.documents.Diagnostics;
import org.copydesk.lsp.documents.DocumentStore;
import org.copydesk.lsp.documents.OpenDocument;
import org.copydesk.lsp.documents.OtherFiles;
import org.copydesk.lsp.workspace.WorkspaceCopies;
import org.eclipse.lsp4j.MessageType;

/**
 * Checks open documents on one thread of their own, off the protocol's thread, and publishes what each check
 * finds. After a change the check is debounced: the first change after a quiet moment is checked at once (a
 * keystroke's diagnostics should not wait), and changes that follow within {@code checkDelay} are gathered into
 * one check at its end. A check whose document has changed by the time it ends is stale: it is not published,
 * and the check already scheduled for the newer text replaces it. Requests that need the findings of the current
 * text (code actions, hover) run on the same thread, after the checks before them.
 */
public final class Checks {
    private final DocumentStore documents;
    private final ConfigStore configs;
    private final Publisher publisher;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread t = new Thread(runnable, "copydesk-check");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Pending> scheduled = new ConcurrentHashMap<>();
    private final Map<String, Long> lastStart = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ignoredByUri = new ConcurrentHashMap<>();
    /** The copies of other files' paragraphs the last check of each document was given. */
    private final Map<String, List<org.copydesk.core.CrossFileCopy>> copiesUsed = new ConcurrentHashMap<>();
    private volatile EditorSettings settings = EditorSettings.DEFAULTS;
    private volatile Runnable afterCheck = () -> { };
    private volatile Runnable afterBind = () -> { };
    private volatile boolean traceTimes;
    private volatile WorkspaceCopies index;
    private volatile OtherFiles otherFiles = OtherFiles.NONE;

    public Checks(DocumentStore documents, ConfigStore configs, Publisher publisher) {
        this.documents = documents;
        this.configs = configs;
        this.publisher = publisher;
    }

    public void settings(EditorSettings newSettings) {
        settings = newSettings;
    }

    public EditorSettings settings() {
        return settings;
    }

    /**
     * Logs, after each publication, how long the server took from the change's arrival to the diagnostics sent
     * ({@code $/setTrace} verbose): what a writer waits for, debounce excepted.
     */
    public void traceTimes(boolean on) {
        traceTimes = on;
    }

    /**
     * The workspace's paragraphs: each check adds the copies of other files' paragraphs it holds, and tells the
     * index of the text it checked; {@code others} locates those paragraphs for the diagnostics.
     */
    public void crossFile(WorkspaceCopies copiesIndex, OtherFiles others) {
        index = copiesIndex;
        otherFiles = others;
    }

    /**
     * Publishes {@code document}'s findings again with the copies of other files' paragraphs the index holds now,
     * if its last check is of its current text (otherwise a check of the newer text is on its way).
     */
    public void copiesChanged(OpenDocument document) {
        thread.execute(() -> {
            OpenDocument.Checked last = document.lastChecked();
            if (documents.get(document.uri()) != document || last == null || last.version() != document.version()
                    || last.text() != document.text() || !checkable(document)) {
                return;
            }
            List<org.copydesk.core.CrossFileCopy> copies = copiesFor(document, last.text());
            if (copies.equals(copiesUsed.getOrDefault(document.uri(), List.of()))) {
                return; // what the last check was given already (the search ran after an edit of this document)
            }
            try {
                copiesUsed.put(document.uri(), copies);
                publish(document, document.recheck(last, copies));
            } catch (RuntimeException | StackOverflowError e) {
                publisher.log(MessageType.Error, "Copydesk could not check " + document.uri() + ": " + e);
            }
        });
    }

    public boolean tracingTimes() {
        return traceTimes;
    }

    /** Runs after every published check: for tests and measurements that wait for the server to be idle. */
    void afterCheck(Runnable hook) {
        afterCheck = hook;
    }

    /** Runs on the checking thread after a document has been bound to its settings (config files may have been read). */
    void afterBind(Runnable hook) {
        afterBind = hook;
    }

    /** Checks {@code document} soon: see the class comment for when. */
    public void request(OpenDocument document) {
        scheduled.compute(document.uri(), (uri, pending) -> {
            if (pending != null && !pending.started) {
                return pending; // it will read the newest text when it runs
            }
            Long last = lastStart.get(uri);
            long wait = last == null ? 0 : Math.max(0, TimeUnit.MILLISECONDS.toNanos(settings.checkDelayMillis()) - (System.nanoTime() - last));
            Pending next = new Pending();
            next.future = thread.schedule(() -> run(document, next), wait, TimeUnit.NANOSECONDS);
            return next;
        });
    }

    /** Takes the document's settings again (a config file or the editor's settings changed) and checks it. */
    public void reconfigure(OpenDocument document) {
        thread.execute(() -> {
            try {
                bind(document);
            } catch (RuntimeException e) {
                publisher.log(MessageType.Error, "Copydesk could not read the settings for " + document.uri() + ": " + e);
            }
            request(document);
        });
    }

    public void closed(OpenDocument document) {
        Pending pending = scheduled.remove(document.uri());
        if (pending != null && pending.future != null) {
            pending.future.cancel(false);
        }
        lastStart.remove(document.uri());
        ignoredByUri.remove(document.uri());
        copiesUsed.remove(document.uri());
    }

    /** Runs {@code work} on the checking thread, after the checks scheduled before it. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                future.complete(work.call());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    /**
     * The check of the document's current text, made now if the last one is older; null if the document is not
     * checked (ignored by its config, or over the size limit). Call on the checking thread.
     */
    public OpenDocument.Checked current(OpenDocument document) {
        OpenDocument.Checked last = document.lastChecked();
        if (last != null && last.version() == document.version() && last.text() == document.text()) {
            return last;
        }
        if (!checkable(document)) {
            return null;
        }
        OpenDocument.Checked checked = withCopies(document, document.check(document.snapshot()));
        if (checked.version() == document.version()) {
            publish(document, checked);
        }
        return checked;
    }

    /** A scheduled check; once started, a change needs a check of its own. */
    private static final class Pending {
        volatile boolean started;
        volatile ScheduledFuture<?> future;
    }

    private void run(OpenDocument document, Pending self) {
        scheduled.compute(document.uri(), (uri, current) -> {
            self.started = true;
            return current == self ? null : current;
        });
        if (documents.get(document.uri()) != document) {
            return; // closed meanwhile
        }
        lastStart.put(document.uri(), System.nanoTime());
        try {
            if (!checkable(document)) {
                publisher.diagnostics(document.uri(), document.version(), List.of());
                WorkspaceCopies copiesIndex = index;
                if (copiesIndex != null) {
                    copiesIndex.notChecked(document.path());
                }
                return;
            }
            OpenDocument.Checked checked = withCopies(document, document.check(document.snapshot()));
            if (checked.version() == document.version()) {
                publish(document, checked);
            }
        } catch (RuntimeException | StackOverflowError e) {
            publisher.log(MessageType.Error, "Copydesk could not check " + document.uri() + ": " + e);
        }
    }

    /**
     * Tells the index of the text just checked, and checks it again with the copies of other files' paragraphs it
     * holds, if any (the incremental check knows one document only).
     */
    private OpenDocument.Checked withCopies(OpenDocument document, OpenDocument.Checked checked) {
        WorkspaceCopies copiesIndex = index;
        if (copiesIndex == null || document.path() == null) {
            return checked;
        }
        copiesIndex.opened(document.path(), checked.result().document(), document.checker().config());
        List<org.copydesk.core.CrossFileCopy> copies = copiesFor(document, checked.text());
        copiesUsed.put(document.uri(), copies);
        return copies.isEmpty() ? checked : document.recheck(checked, copies);
    }

    private List<org.copydesk.core.CrossFileCopy> copiesFor(OpenDocument document, String text) {
        WorkspaceCopies copiesIndex = index;
        return copiesIndex == null ? List.of() : copiesIndex.copiesFor(document.path(), text);
    }

    /** Binds the document to its settings' checker; false if it is not to be checked at all. */
    private boolean checkable(OpenDocument document) {
        if (document.checker() == null) {
            bind(document);
        }
        int limit = settings.maxDocumentSize();
        if (document.length() > limit) {
            publisher.showOnce(MessageType.Warning, "Copydesk does not check " + document.uri() + ": " + document.length()
                    + " characters, over the limit of " + limit + " (setting maxDocumentSize)");
            return false;
        }
        return !ignored(document);
    }

    private boolean ignored(OpenDocument document) {
        return ignoredByUri.getOrDefault(document.uri(), false);
    }

    private void bind(OpenDocument document) {
        ConfigStore.Resolved resolved = configs.resolve(document.path());
        document.useChecker(resolved.checker());
        ignoredByUri.put(document.uri(), resolved.ignored());
        afterBind.run();
    }

    private void publish(OpenDocument document, OpenDocument.Checked checked) {
        long start = System.nanoTime();
        publisher.diagnostics(document.uri(), checked.version(),
                Diagnostics.of(document.uri(), checked.result().findings(), checked.positions(), otherFiles));
        if (traceTimes) {
            long end = System.nanoTime();
            publisher.log(MessageType.Log, String.format(java.util.Locale.ROOT,
                    "copydesk: published %s version %d, %d findings: %.2f ms after the change arrived (%.2f ms to publish)",
                    document.uri(), checked.version(), checked.result().findings().size(),
                    (end - checked.changedAt()) / 1e6, (end - start) / 1e6));
        }
        for (RuleFailure failure : checked.result().failures()) {
            publisher.log(MessageType.Error, document.uri() + ": " + failure.message());
        }
        afterCheck.run();
    }

    /**
     * Drops the checks scheduled and lets one that runs finish: interrupting it could cut a message to the client
     * in half on a stream that can be interrupted.
     */
    public void shutdown() {
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.shutdown();
    }
}
