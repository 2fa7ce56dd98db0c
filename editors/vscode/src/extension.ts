// Copydesk for VS Code: starts `java -jar copydesk.jar lsp` and leaves the rest to the language server, which
// gives the same findings and fixes as the command line, the Maven plugin and the Eclipse plugin.
import * as fs from 'fs';
import * as path from 'path';
import { commands, ExtensionContext, window, workspace } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { javaExecutable, serverArguments } from './server';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(commands.registerCommand('copydesk.restartServer', async () => {
    await stop();
    await start(context);
  }));
  await start(context);
}

async function start(context: ExtensionContext): Promise<void> {
  const settings = workspace.getConfiguration('copydesk');
  const jar = settings.get<string>('server.jar') || context.asAbsolutePath(path.join('server', 'copydesk.jar'));
  if (!fs.existsSync(jar)) {
    window.showErrorMessage(`Copydesk: no server at ${jar}. Set copydesk.server.jar to a copydesk.jar.`);
    return;
  }
  const serverOptions: ServerOptions = {
    command: javaExecutable(settings.get<string>('java.path')),
    args: serverArguments(jar, context.globalStorageUri?.fsPath),
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    // drafts on disk and unsaved ones; not the other views VS Code shows as plain text (output, git diffs)
    documentSelector: ['file', 'untitled'].flatMap(scheme =>
      ['plaintext', 'markdown', 'asciidoc'].map(language => ({ scheme, language }))),
    synchronize: { configurationSection: 'copydesk' },
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    window.showErrorMessage(`Copydesk: the server did not start (${error}). Is copydesk.java.path a Java 17 or newer?`);
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

export function deactivate(): Promise<void> {
  return stop();
}
