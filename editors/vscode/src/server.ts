// How the extension starts the server, apart from VS Code's API so that a plain Node.js can run it (the build's
// test starts the server it carries with exactly these arguments).
import * as fs from 'fs';
import * as path from 'path';

/**
 * The server runs for hours: both JIT compilers, C2 only for code ten times hotter than by default (a cheaper
 * start), the serial collector with a 96 MB heap to start with, JVM messages on standard error (standard output
 * is the protocol's). The same options as the `copydesk` launcher's.
 */
export const JVM_OPTIONS = [
  '-XX:+UseSerialGC', '-Xms96m', '-Xmx512m',
  '-XX:Tier4InvocationThreshold=50000', '-XX:Tier4MinInvocationThreshold=20000', '-XX:Tier4CompileThreshold=60000',
  '-XX:Tier4BackEdgeThreshold=200000', '-Xlog:disable', '-Xlog:all=warning:stderr',
];

/** The java to run: the setting (an executable or a JDK's folder), else JAVA_HOME's, else the PATH's. */
export function javaExecutable(setting: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const exe = process.platform === 'win32' ? 'java.exe' : 'java';
  const fromHome = (home: string) => path.join(home, 'bin', exe);
  if (setting) {
    return fs.existsSync(setting) && fs.statSync(setting).isDirectory() ? fromHome(setting) : setting;
  }
  return env.JAVA_HOME ? fromHome(env.JAVA_HOME) : exe;
}

/**
 * The command line: the options, a class-data archive in the extension's storage (written when the first
 * server exits, read by the later ones: a faster start), the jar and `lsp`.
 */
export function serverArguments(jar: string, storage: string | undefined): string[] {
  const args = [...JVM_OPTIONS];
  if (storage) {
    try {
      fs.mkdirSync(storage, { recursive: true });
      const stat = fs.statSync(jar);
      const archive = path.join(storage, `lsp-${stat.size}-${Math.floor(stat.mtimeMs)}.jsa`);
      args.push(fs.existsSync(archive) ? `-XX:SharedArchiveFile=${archive}` : `-XX:ArchiveClassesAtExit=${archive}`);
    } catch {
      // no archive: a slower start, nothing worse
    }
  }
  return [...args, '-jar', jar, 'lsp'];
}
