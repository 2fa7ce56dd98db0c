#!/bin/sh
# Packages the VS Code extension into target/copydesk.vsix: npm ci (package-lock.json), tsc, the server jar copied
# in, vsce package. The Maven build runs this after the command line tool; without npm it says so and does nothing.
set -eu
cd "$(dirname "$0")"
jar=${1:-../../bundles/org.copydesk.cli/target/copydesk.jar}
if ! command -v npm >/dev/null 2>&1; then
  echo "[copydesk-vscode] SKIPPED: npm is not installed, so the VS Code extension is not packaged (install Node.js 20+ and npm)"
  exit 0
fi
npm ci --prefer-offline --no-audit --no-fund --loglevel=error
npm run --silent compile
mkdir -p server target
cp "$jar" server/copydesk.jar
npx --no-install vsce package --skip-license --allow-missing-repository --out target/copydesk.vsix
