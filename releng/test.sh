#!/usr/bin/env bash
# Runs every test, headless and in a real workbench: against the baseline Eclipse (4.37) on the default Java 17+
# always, and against the latest Eclipse (4.39, whose bundles need Java 21+) whenever a JDK 21+ is found.
#
# Usage: releng/test.sh [--require-latest] [MAVEN ARGS...]
#   --require-latest   fail instead of skipping the latest target when no JDK 21+ is found (CI uses it)
# A JDK 21+ is looked for in $COPYDESK_LATEST_JDK, $JAVA_HOME and /usr/lib/jvm, /opt/java, ~/.sdkman, ~/.jdks.
# The workbench tests need a display: the script uses $DISPLAY if set, otherwise xvfb-run; as root on Debian or
# Ubuntu it installs what is missing (xvfb, xauth, GTK 3, and Neovim for the editor test), otherwise it says how.
set -euo pipefail
cd "$(dirname "$0")/.."

require_latest=false
if [ "${1:-}" = --require-latest ]; then require_latest=true; shift; fi

say() { echo "releng/test.sh: $*" >&2; }

# The major version of the JDK at $1, or nothing if it is not a JDK.
jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

# The newest JDK 21+ to be found, or nothing.
find_latest_jdk() {
  local best="" best_major=0 dir major
  for dir in "${COPYDESK_LATEST_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -n "$dir" ] && [ -d "$dir" ] || continue
    major=$(jdk_major "$dir")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$dir; best_major=$major; fi
  done
  echo "$best"
}

has_gtk3() {
  dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 \
    || { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -q 'libgtk-3\.so\.0'
}

# Debian package names for what the workbench tests need and is missing; GTK 3 is libgtk-3-0t64 from Debian 13
# and Ubuntu 24.04 on.
missing_required() {
  local missing=()
  if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || missing+=(xvfb)
    command -v xauth >/dev/null || missing+=(xauth)
  fi
  if ! has_gtk3; then
    if apt-cache show libgtk-3-0t64 >/dev/null 2>&1; then missing+=(libgtk-3-0t64); else missing+=(libgtk-3-0); fi
  fi
  echo "${missing[@]}"
}

# Installs Debian packages, updating the package lists once if they do not know them yet.
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "$@" >/dev/null; }
}

as_root=false
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then as_root=true; fi

read -r -a required <<<"$(missing_required)"
if [ ${#required[@]} -gt 0 ]; then
  if ! $as_root; then
    say "the workbench tests need a display: run 'sudo apt-get install -y ${required[*]}' (or run from a desktop session), then this again"
    exit 1
  fi
  say "installing ${required[*]}"
  apt_install "${required[@]}" || { read -r -a required <<<"$(missing_required)"; apt_install "${required[@]}"; }
fi

# Neovim only adds the editor's end-to-end test, which is skipped without it.
if ! command -v nvim >/dev/null; then
  if $as_root && apt_install neovim; then
    say "installed neovim for the editor's end-to-end test"
  else
    say "nvim is not installed: the Neovim end-to-end test will be skipped ('sudo apt-get install -y neovim' runs it)"
  fi
fi

run_maven() {
  if [ -n "${DISPLAY:-}" ]; then ./mvnw -B -ntp verify "$@"; else xvfb-run -a ./mvnw -B -ntp verify "$@"; fi
}

latest_jdk=$(find_latest_jdk)
if [ -z "$latest_jdk" ]; then
  if $require_latest; then
    say "no JDK 21+ found (set COPYDESK_LATEST_JDK): cannot test against the latest Eclipse"
    exit 1
  fi
  say "no JDK 21+ found: the latest target (Eclipse 4.39) will be SKIPPED; set COPYDESK_LATEST_JDK to run it"
fi

say "baseline target (Eclipse 4.37) on $(java -version 2>&1 | head -n 1)"
run_maven "$@"

if [ -z "$latest_jdk" ]; then
  say "SKIPPED the latest target (Eclipse 4.39): no JDK 21+ found; set COPYDESK_LATEST_JDK to run it"
  exit 0
fi
say "latest target (Eclipse 4.39) on the JDK at $latest_jdk"
JAVA_HOME=$latest_jdk run_maven -Platest "$@"
