#!/usr/bin/env bash
# Fetches the Prometheus tools the tests run against (promtool, prometheus, alertmanager, amtool) from Debian trixie
# into .tools/ without installing anything into the system: apt-get with a private source list
# and lists directory, `apt-get download`, `dpkg -x`. The binaries need only libc, so they run on
# bookworm too. Idempotent: does nothing when the tools are already there.
# One exception: Debian patches Alertmanager to read its built-in templates from the fixed directory
# /usr/share/prometheus/alertmanager (default.tmpl, email.tmpl; no flag moves it), so those two
# files are placed there if missing; nothing else leaves .tools/.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="$PWD/.tools"
PACKAGES=(prometheus promtool prometheus-alertmanager)
BINARIES=(promtool prometheus prometheus-alertmanager amtool)

TEMPLATE_DIR=/usr/share/prometheus/alertmanager

have_all() {
  for b in "${BINARIES[@]}"; do [ -x "$TOOLS/bin/$b" ] || return 1; done
}

place_alertmanager_templates() {
  [ -f "$TEMPLATE_DIR/default.tmpl" ] && [ -f "$TEMPLATE_DIR/email.tmpl" ] && return 0
  if ! { mkdir -p "$TEMPLATE_DIR" && cp "$TOOLS/root$TEMPLATE_DIR"/{default,email}.tmpl "$TEMPLATE_DIR/"; } 2>/dev/null; then
    cat >&2 <<MSG
================================================================================
 install-tools: Debian's Alertmanager reads its built-in templates from
 $TEMPLATE_DIR/{default,email}.tmpl, missing and not writable here.
 Copy them once (as root): cp $TOOLS/root$TEMPLATE_DIR/*.tmpl $TEMPLATE_DIR/
================================================================================
MSG
    exit 1
  fi
  echo "install-tools: placed Alertmanager's default.tmpl and email.tmpl in $TEMPLATE_DIR"
}

if have_all; then
  place_alertmanager_templates
  exit 0
fi
if ! command -v apt-get >/dev/null || ! command -v dpkg >/dev/null; then
  cat >&2 <<'MSG'
================================================================================
 install-tools: apt-get/dpkg not found, and .tools/bin lacks the Prometheus tools.
 The rule and end-to-end tests need promtool and prometheus 2.53+, alertmanager
 and amtool 0.28+. Put them (or symlinks) into .tools/bin/ and run again.
================================================================================
MSG
  exit 1
fi

echo "Fetching ${PACKAGES[*]} from Debian trixie into .tools/ (once)..."
APT="$TOOLS/apt"
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$APT/debs" "$TOOLS/root" "$TOOLS/bin"
cat > "$APT/sources.list" <<'LIST'
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
LIST
opts=(-o "Dir::Etc::SourceList=$APT/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
      -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache=$APT/cache" -o "APT::Get::List-Cleanup=0"
      -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")
apt-get "${opts[@]}" -qq update
(cd "$APT/debs" && apt-get "${opts[@]}" -qq download "${PACKAGES[@]}")
for deb in "$APT/debs"/*.deb; do
  dpkg -x "$deb" "$TOOLS/root"
done
for b in "${BINARIES[@]}"; do
  ln -sf "$TOOLS/root/usr/bin/$b" "$TOOLS/bin/$b"
done
"$TOOLS/bin/promtool" --version | head -1
"$TOOLS/bin/amtool" --version 2>&1 | head -1
place_alertmanager_templates
