#!/usr/bin/env bash
# Takes the README screenshots in the demo IDE (releng/run-ide.sh) under Xvfb, each from a fresh workspace:
#   screenshot.png        the example article, its findings underlined and listed, the quick-fix menu (Ctrl+1) open
#                         on the first duplicate paragraph;
#   screenshot-hover.png  a Markdown draft, wrapped, in the draft font, the hover on a duplicate paragraph (F2).
# No dark one: the demo IDE has no dark theme (org.eclipse.ui.themes, which defines it, and the CSS parser that reads
# style sheets, org.w3c.css.sac, are not among the bundles the build gets from Maven Central).
#
#   releng/screenshot.sh [OUTPUT_DIR]      (default: releng/)
#
# Needs xvfb-run, xdotool and ImageMagick's import (apt-get install -y xvfb xauth xdotool imagemagick).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$root/releng}")"
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshot: $tool is missing (apt-get install -y xvfb xauth xdotool imagemagick)" >&2; exit 2; }
done

if [ -z "${COPYDESK_SCREENSHOT_DISPLAY:-}" ]; then
  exec env COPYDESK_SCREENSHOT_DISPLAY=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$out"
fi
mkdir -p "$out"

# shoot OUTPUT FILE:LINE KEY: opens FILE at LINE, presses KEY, saves the screen as OUTPUT
shoot() {
  local output=$1 draft=$2 key=$3 name workspace ide window=
  name="$(basename "${draft%:*}")"
  workspace="$(mktemp -d)"
  COPYDESK_WORKSPACE="$workspace" "$root/releng/run-ide.sh" "$draft" >"$workspace.log" 2>&1 &
  ide=$!
  for _ in $(seq 1 120); do
    window="$(xdotool search --onlyvisible --name "$name" 2>/dev/null | head -n 1 || true)"
    [ -n "$window" ] && break
    kill -0 "$ide" 2>/dev/null || { cat "$workspace.log" >&2; echo "screenshot: the IDE exited" >&2; exit 1; }
    sleep 1
  done
  [ -n "$window" ] || { echo "screenshot: the IDE did not open $name within 2 minutes" >&2; kill "$ide"; exit 1; }
  xdotool windowsize "$window" 1280 800
  sleep 20  # the first check, the markers, and the Problems view catching up
  xdotool key --window "$window" "$key"
  sleep 3
  import -window root "$output"
  kill "$ide" 2>/dev/null || true
  wait "$ide" 2>/dev/null || true
  rm -rf "$workspace" "$workspace.log"
  echo "screenshot: $output"
}

shoot "$out/screenshot.png" "$root/releng/examples/000_4e3a9109ce5d23f9.txt:13" ctrl+1
shoot "$out/screenshot-hover.png" "$root/releng/examples/council-draft.md:9" F2
