package org.copydesk.maven;

import org.apache.maven.plugin.logging.Log;
import org.copydesk.cli.run.Results;

/** A run's messages in the Maven log; stack traces only with {@code -X}. */
final class MavenMessages implements Results.Messages {
    private final Log log;

    MavenMessages(Log log) {
        this.log = log;
    }

    @Override
    public void error(String message, Throwable cause) {
        if (cause != null && log.isDebugEnabled()) {
            log.error(message, cause);
        } else {
            log.error(message);
        }
    }

    @Override
    public void warning(String message) {
        log.warn(message);
    }

    @Override
    public void note(String message) {
        log.debug(message);
    }
}
