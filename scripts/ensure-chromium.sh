#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (/usr/bin/chromium) with playwright-core: install it
# when it is missing (needs root or sudo; apt-get update first, the package lists may be stale).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
run() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "Chromium not found: installing Debian's chromium package…" >&2
run env DEBIAN_FRONTEND=noninteractive apt-get update -q
run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
test -x /usr/bin/chromium
