package org.copydesk.lsp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.copydesk.core.Severity;
import org.copydesk.core.config.ConfigException;
import org.copydesk.core.config.ConfigLoader;
import org.copydesk.core.rules.BuiltInRules;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

class EditorSettingsTest {
    private final ConfigLoader loader = new ConfigLoader(BuiltInRules.all());

    private EditorSettings read(String json) throws ConfigException {
        return EditorSettings.read(EditorSettings.section(JsonParser.parseString(json)), loader);
    }

    @Test
    void theCopydeskSection_isReadWithTheConfigFilesRules() throws Exception {
        EditorSettings settings = read("{\"copydesk\":{\"rules\":{\"duplicate-paragraph\":{\"severity\":\"error\",\"min-words\":12},"
                + "\"unbalanced-quote\":\"off\"},\"ignore\":[\"drafts/**\"],\"checkDelay\":0,\"java\":{\"path\":\"/opt/jdk\"}}}");
        assertEquals(Severity.ERROR, settings.config().rule("duplicate-paragraph").severity());
        assertEquals(12, settings.config().rule("duplicate-paragraph").options().get("min-words"));
        assertFalse(settings.config().rule("unbalanced-quote").enabled());
        assertTrue(settings.config().ignores(Path.of("/work/book/drafts/one.md")));
        assertEquals(0, settings.checkDelayMillis());
        assertEquals(EditorSettings.DEFAULT_MAX_DOCUMENT_SIZE, settings.maxDocumentSize());
    }

    @Test
    void settingsThatAreTheSectionItself_orNone() throws Exception {
        assertEquals(List.of("a/**"), read("{\"ignore\":[\"a/**\"]}").config().ignore());
        assertNull(EditorSettings.section(JsonParser.parseString("{\"python\":{}}")));
        assertEquals(EditorSettings.DEFAULTS, EditorSettings.read(null, loader));
    }

    @Test
    void valuesCopydeskCannotUse_nameTheKey() {
        ConfigException rule = assertThrows(ConfigException.class, () -> read("{\"copydesk\":{\"rules\":{\"duplicate-paragraph\":{\"similarity\":2}}}}"));
        assertTrue(rule.getMessage().contains("rules.duplicate-paragraph.similarity"), rule.getMessage());
        ConfigException delay = assertThrows(ConfigException.class, () -> read("{\"copydesk\":{\"checkDelay\":\"soon\"}}"));
        assertTrue(delay.getMessage().contains("checkDelay"), delay.getMessage());
    }
}
