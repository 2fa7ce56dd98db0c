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
                Files.write(file, content);
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
}
