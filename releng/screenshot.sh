#!/usr/bin/env bash
# Takes the README screenshot: the demo IDE (releng/run-ide.sh) under Xvfb with the example article open, its
# findings underlined and listed, and the quick-fix menu (Ctrl+1) open on the first duplicate paragraph.
#
#   releng/screenshot.sh [OUTPUT.png]      (default: releng/screenshot.png)
#
# Needs xvfb-run, xdotool and ImageMagick's import (apt-get install -y xvfb xauth xdotool imagemagick).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:-$root/releng/screenshot.png}")"
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "screenshot: $tool is missing (apt-get install -y xvfb xauth xdotool imagemagick)" >&2; exit 2; }
done

if [ -z "${COPYDESK_SCREENSHOT_DISPLAY:-}" ]; then
  exec env COPYDESK_SCREENSHOT_DISPLAY=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$out"
fi

workspace="$(mktemp -d)"
trap 'kill "$ide" 2>/dev/null || true; wait "$ide" 2>/dev/null || true; rm -rf "$workspace"' EXIT
COPYDESK_WORKSPACE="$workspace" "$root/releng/run-ide.sh" "$root/releng/examples/000_4e3a9109ce5d23f9.txt:13" >"$workspace.log" 2>&1 &
ide=$!

window=
for _ in $(seq 1 120); do
  window="$(xdotool search --onlyvisible --name '000_4e3a9109ce5d23f9.txt' 2>/dev/null | head -n 1 || true)"
  [ -n "$window" ] && break
  kill -0 "$ide" 2>/dev/null || { cat "$workspace.log" >&2; echo "screenshot: the IDE exited" >&2; exit 1; }
  sleep 1
done
[ -n "$window" ] || { echo "screenshot: the IDE did not open the article within 2 minutes" >&2; exit 1; }
xdotool windowsize "$window" 1280 800
sleep 20  # the first check, the markers, and the Problems view catching up
xdotool key --window "$window" ctrl+1
sleep 3
import -window root "$out"
echo "screenshot: $out"
