#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (/usr/bin/chromium) with playwright-core; playwright never downloads a
# browser here. Installs it on a fresh Debian machine (as root); elsewhere says what to do.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium for the browser tests (once)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "ensure-chromium: the browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium'" >&2
exit 1
