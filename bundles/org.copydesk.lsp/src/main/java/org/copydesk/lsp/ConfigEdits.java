package org.copydesk.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.copydesk.core.TextEdit;
import org.copydesk.core.config.ConfigException;
import org.copydesk.lsp.actions.CodeActions;
import org.copydesk.lsp.actions.EditPlan;
import org.copydesk.lsp.actions.Ignores;
import org.copydesk.lsp.config.ConfigStore;
import org.copydesk.lsp.config.YamlListEntry;
import org.copydesk.lsp.documents.DocumentStore;
import org.copydesk.lsp.documents.OpenDocument;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.MessageType;

/**
 * Carries out {@value Ignores#COMMAND}: adds an entry to a {@code .copydesk.yaml}. A config file the editor has
 * open is edited in the editor (a versioned edit, saved by the writer like any other); one that is not is
 * written on disk in one step (a temporary file moved into place) and read again at once. The new text is read
 * with the config reader before anything is written, so the command never leaves a config Copydesk cannot use.
 */
final class ConfigEdits {
    private final DocumentStore documents;
    private final ConfigStore configs;
    private final Publisher publisher;
    private final CodeActions actions;
    private final Runnable configsChanged;
    private final ClientSupport client;

    ConfigEdits(DocumentStore documents, ConfigStore configs, Publisher publisher, CodeActions actions, ClientSupport client,
            Runnable configsChanged) {
        this.documents = documents;
        this.configs = configs;
        this.publisher = publisher;
        this.actions = actions;
        this.client = client;
        this.configsChanged = configsChanged;
    }

    /** Adds {@code item} to the list at {@code dottedKeys} ({@code rules.unattributed-quote.ignore}) in {@code file}. */
    Object add(Path file, String dottedKeys, String item) throws IOException {
        List<String> keys = List.of(dottedKeys.split("\\."));
        OpenDocument open = documents.get(file);
        String yaml = open != null ? open.text() : Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Optional<TextEdit> edit = YamlListEntry.add(yaml, keys, item);
        if (edit.isEmpty()) {
            publisher.showOnce(MessageType.Warning, "Copydesk cannot add to " + file + " without rewriting it: add "
                    + YamlListEntry.quoted(item) + " under " + dottedKeys + " by hand");
            return null;
        }
        String updated = EditPlan.render(yaml, List.of(edit.get()));
        try {
            configs.loader().parse(updated, file.toString(), file.getParent());
        } catch (ConfigException e) {
            publisher.showOnce(MessageType.Error, "Copydesk did not change " + file + ": the result would not be a valid config (" + e.getMessage() + ")");
            return null;
        }
        if (open != null && client.applyEdit()) {
            publisher.client().applyEdit(new ApplyWorkspaceEditParams(
                    actions.edit(open.uri(), open.version(), open.positions(), List.of(edit.get())), "Copydesk: ignore"));
            return null;
        }
        Path temporary = Files.createTempFile(file.getParent(), ".copydesk", ".yaml.tmp");
        try {
            Files.writeString(temporary, updated, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        configsChanged.run();
        return null;
    }
}
