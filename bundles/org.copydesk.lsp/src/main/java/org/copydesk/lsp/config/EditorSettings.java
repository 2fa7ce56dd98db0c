package org.copydesk.lsp.config;

import org.copydesk.core.config.Config;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The editor's Copydesk settings, as {@code workspace/didChangeConfiguration}, {@code workspace/configuration} or
 * the initialization options carry them: the same {@code rules} and {@code ignore} as {@code .copydesk.yaml}
 * (JSON is YAML, so the config file's reader validates them with the same messages), and the server's own knobs.
 *
 * <pre>
 * { "rules": { "duplicate-paragraph": { "severity": "error" }, "unbalanced-quote": "off" },
 *   "ignore": ["drafts/**"], "checkDelay": 150, "maxDocumentSize": 8388608 }
 * </pre>
 */
public record EditorSettings(Config config, int checkDelayMillis, int maxDocumentSize) {
    public static final int DEFAULT_CHECK_DELAY = 150;
    /** Characters; larger documents are not checked (a 16 MB draft costs about 70 MB of analyses while open). */
    public static final int DEFAULT_MAX_DOCUMENT_SIZE = 16 << 20;
    public static final EditorSettings DEFAULTS = new EditorSettings(Config.defaults(), DEFAULT_CHECK_DELAY, DEFAULT_MAX_DOCUMENT_SIZE);

    /** Where the settings name the Copydesk section, or are that section themselves. */
    public static JsonObject section(JsonElement settings) {
        if (settings == null || !settings.isJsonObject()) {
            return null;
        }
        JsonObject object = settings.getAsJsonObject();
        if (object.has("copydesk") && object.get("copydesk").isJsonObject()) {
            return object.getAsJsonObject("copydesk");
        }
        return object.has("rules") || object.has("ignore") || object.has("checkDelay") || object.has("maxDocumentSize") ? object : null;
    }

    /** Reads the Copydesk section; a value Copydesk cannot use is a {@link ConfigException} naming it. */
    public static EditorSettings read(JsonObject section, ConfigLoader loader) throws ConfigException {
        if (section == null) {
            return DEFAULTS;
        }
        JsonObject config = new JsonObject();
        for (String key : new String[] {"rules", "ignore"}) {
            JsonElement value = section.get(key);
            if (value != null && !value.isJsonNull()) {
                config.add(key, value);
            }
        }
        Config parsed = config.size() == 0 ? Config.defaults() : loader.parse(config.toString(), "the editor's Copydesk settings", null);
        return new EditorSettings(parsed, number(section, "checkDelay", DEFAULT_CHECK_DELAY, 0, 10_000),
                number(section, "maxDocumentSize", DEFAULT_MAX_DOCUMENT_SIZE, 1, Integer.MAX_VALUE));
    }

    private static int number(JsonObject section, String key, int fallback, int min, int max) throws ConfigException {
        JsonElement value = section.get(key);
        if (value == null || value.isJsonNull()) {
            return fallback;
        }
        try {
            long number = value.getAsLong();
            if (number < min || number > max) {
                throw new ConfigException("the editor's Copydesk settings: " + key + ": expected a number from " + min + " to " + max + ", got " + number);
            }
            return (int) number;
        } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
            throw new ConfigException("the editor's Copydesk settings: " + key + ": expected a number, got " + value);
        }
    }
}
