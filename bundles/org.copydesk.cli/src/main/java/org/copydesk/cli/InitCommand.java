package org.copydesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

import org.copydesk.cli.run.IoMessages;
import org.copydesk.core.config.Config;
import org.copydesk.core.rules.BuiltInRules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Write a commented " + Config.FILE_NAME + " with every rule and its defaults.")
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "Where to write it (default: the current folder).")
    Path folder = Path.of(".");

    @Option(names = "--force", description = "Replace an existing " + Config.FILE_NAME + ".")
    boolean force;

    @Override
    public Integer call() {
        Console console = new Console(System.err, false, false);
        Path file = folder.resolve(Config.FILE_NAME);
        byte[] content = ConfigTemplate.render(BuiltInRules.all()).getBytes(StandardCharsets.UTF_8);
        try {
            if (force) {
                Path target = replaceable(file);
                if (target == null) {
                    console.error(file + ": a symbolic link leading out of " + folder + ", or to nothing; not replaced");
                    return ExitCodes.ERROR;
                }
                Files.write(target, content);
            } else {
                Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            console.error(file + ": already exists; use --force to replace it");
            return ExitCodes.ERROR;
        } catch (IOException e) {
            console.error(file + ": cannot write: " + IoMessages.describe(e), e);
            return ExitCodes.ERROR;
        }
        console.info("wrote " + file);
        return ExitCodes.OK;
    }

    /**
     * What {@code --force} may write: the file itself, or the file a symbolic link leads to inside the folder; null
     * for a link out of the folder or to nothing (a cloned repository could point its config at a file of the user's).
     */
    private Path replaceable(Path file) throws IOException {
        if (!Files.isSymbolicLink(file)) {
            return file;
        }
        if (!Files.exists(file)) {
            return null;
        }
        Path target = file.toRealPath();
        return target.startsWith(folder.toRealPath()) ? target : null;
    }
}
