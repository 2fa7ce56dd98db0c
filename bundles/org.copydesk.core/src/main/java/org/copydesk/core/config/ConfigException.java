package org.copydesk.core.config;

/**
 * A config file Copydesk cannot use. The message names the file, the line and the key, in the
 * {@code file:line:column: key: problem} form editors and terminals make clickable.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
