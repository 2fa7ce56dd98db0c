#!/usr/bin/env bash
# Starts the demo IDE (the Eclipse platform, the Generic Editor and Copydesk) on a workspace holding the given
# drafts, opened in editors. With no argument: the example article.
#
#   releng/run-ide.sh [FILE[:LINE]…]
#
# The drafts are copied into the workspace's "articles" project (releng/demo-workspace, or $COPYDESK_WORKSPACE),
# so the originals are never changed. The IDE is built first if `./mvnw verify` has not built it yet.
# Needs a display: under Xvfb, run it as `xvfb-run -a releng/run-ide.sh`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
product="$root/releng/org.copydesk.product/target/products/org.copydesk.product/linux/gtk/x86_64"

launcher() { ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1; }
if [ -z "$(launcher)" ]; then
  echo "run-ide: building the demo IDE (./mvnw verify -DskipTests)…" >&2
  (cd "$root" && ./mvnw -B -ntp -q -DskipTests verify)
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "run-ide: no display; run it as: xvfb-run -a -s \"-screen 0 1280x1024x24\" $0 $*" >&2
  exit 2
fi

workspace="${COPYDESK_WORKSPACE:-$root/releng/demo-workspace}"
articles="$workspace/articles"
mkdir -p "$articles"
[ $# -gt 0 ] || set -- "$root/releng/examples/000_4e3a9109ce5d23f9.txt"

open=()
for arg in "$@"; do
  file=$arg line=
  if [[ $arg =~ ^(.*):([0-9]+)$ ]]; then file=${BASH_REMATCH[1]} line=":${BASH_REMATCH[2]}"; fi
  if [ ! -f "$file" ]; then echo "run-ide: no such file: $file" >&2; exit 2; fi
  target="$articles/$(basename "$file")"
  [ "$(realpath "$file")" = "$(realpath -m "$target")" ] || cp -- "$file" "$target"
  open+=("$target$line")
done

java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_cmd" -Xmx1g -Dcopydesk.open="$(IFS=';'; echo "${open[*]}")" \
  -jar "$(launcher)" -data "$workspace" ${COPYDESK_IDE_ARGS:-}
