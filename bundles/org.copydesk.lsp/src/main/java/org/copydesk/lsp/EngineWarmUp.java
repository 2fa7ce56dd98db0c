package org.copydesk.lsp;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.copydesk.core.Checker;
import org.copydesk.core.config.Config;
import org.copydesk.core.document.Format;
import org.copydesk.core.incremental.IncrementalChecker;

/**
 * Checks a small draft in each format on a thread of its own as soon as the server starts, while the protocol
 * layer reads the editor's {@code initialize}: the engine's classes, word lists and signature catalog are then
 * loaded, on the machine's other core, by the time the first document arrives. A cold engine takes as long to
 * check its first page as the rest of the start-up together.
 */
final class EngineWarmUp {
    private static final String DRAFT = """
            The bridge over the river reopened on Monday after two years of repairs to its old stone arches.

            "We are glad to have it back," said the mayor at the ceremony.

            The bridge over the river reopened on Monday after two years of repairs to its old stone arches.

            Powered by Froala Editor
            """;

    private EngineWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(EngineWarmUp::run, "copydesk-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            Checker checker = new Checker(Config.defaults());
            for (Format format : Format.values()) {
                IncrementalChecker incremental = new IncrementalChecker(checker, "warm-up." + format.extensions().get(0), format);
                incremental.check(DRAFT);
                incremental.check(DRAFT.replace("Monday", "Tuesday"));
            }
        } catch (RuntimeException | LinkageError e) {
            Logger.getLogger(EngineWarmUp.class.getName()).log(Level.FINE, "warm-up failed", e);
        }
    }
}
