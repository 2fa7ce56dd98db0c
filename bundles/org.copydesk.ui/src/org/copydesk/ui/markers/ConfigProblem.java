package org.copydesk.ui.markers;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.core.config.ConfigException;

/**
 * A {@code .copydesk.yaml} Copydesk cannot use, told the way the Problems view shows it: the file and the line go
 * in their own columns, so the message says only what is wrong. Meanwhile drafts are checked with the file's last
 * good settings, or, if it never worked, with the preferences.
 *
 * @param configFile the config file
 * @param line the 1-based line the error is on, or 1 when the core names none
 * @param detail what is wrong, such as {@code rulez: unknown key}
 * @param lastGoodSettings true if drafts are checked with the settings the file had before it broke
 */
public record ConfigProblem(Path configFile, int line, String detail, boolean lastGoodSettings) {
    /** The core's {@code file:line:column: problem} form, or {@code file: problem}. */
    private static final Pattern POSITION = Pattern.compile(":(\\d+):\\d+: ");

    static ConfigProblem of(Path configFile, ConfigException error, boolean lastGoodSettings) {
        String message = String.valueOf(error.getMessage());
        int line = 1;
        String detail = message;
        String source = configFile.toString();
        if (message.startsWith(source)) {
            String rest = message.substring(source.length());
            Matcher position = POSITION.matcher(rest);
            if (position.lookingAt()) {
                line = Integer.parseInt(position.group(1));
                detail = rest.substring(position.end());
            } else if (rest.startsWith(": ")) {
                detail = rest.substring(2);
            }
        }
        return new ConfigProblem(configFile, line, detail.strip(), lastGoodSettings);
    }

    public String fileName() {
        return configFile.getFileName().toString();
    }
}
