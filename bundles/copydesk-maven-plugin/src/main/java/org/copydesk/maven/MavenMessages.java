package org.copydesk.maven;

import org.apache.maven.plugin.logging.Log;
import org.copydesk.cli.report.SafeText;
import org.copydesk.cli.run.Results;

/**
 * A run's messages in the Maven log, one line each: file names and messages made visible (control characters
 * escaped) as the CLI makes them; stack traces only with {@code -X}.
 */
final class MavenMessages implements Results.Messages {
    private final Log log;

    MavenMessages(Log log) {
        this.log = log;
    }

    @Override
    public void error(String message, Throwable cause) {
        if (cause != null && log.isDebugEnabled()) {
            log.error(SafeText.visible(message), cause);
        } else {
            log.error(SafeText.visible(message));
        }
    }

    @Override
    public void warning(String message) {
        log.warn(SafeText.visible(message));
    }

    @Override
    public void note(String message) {
        log.debug(SafeText.visible(message));
    }
}
