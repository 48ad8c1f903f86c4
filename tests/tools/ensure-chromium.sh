#!/bin/sh
# Finds the Chromium the e2e tests drive (stack-notes, "Project decisions"):
# CHROME_PATH, then /usr/bin/chromium, then apt when running as root; otherwise explains.
set -eu
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROME" ] && [ -z "${CHROME_PATH:-}" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "Chromium is missing: installing Debian's chromium with apt-get (about a minute)…"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if [ ! -x "$CHROME" ]; then
	echo "Chromium not found at $CHROME: install Debian's chromium (apt-get install chromium) or set CHROME_PATH to a Chromium binary." >&2
	exit 1
fi
"$CHROME" --version
