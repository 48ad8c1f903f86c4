#!/bin/sh
# Finds the nginx the deploy test runs deploy/nginx.conf with (stack-notes, "Project
# decisions"): NGINX_PATH, then /usr/sbin/nginx, then Debian's nginx with apt when running as
# root. Without apt it says why the nginx test will be skipped, except under CI=true, where a
# missing nginx fails the run.
set -eu
NGINX="${NGINX_PATH:-/usr/sbin/nginx}"
if [ ! -x "$NGINX" ] && [ -z "${NGINX_PATH:-}" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
	echo "nginx is missing: installing Debian's nginx with apt-get…"
	apt-get update -qq
	# A policy-rc.d keeps apt from starting the system nginx service: the test runs its own.
	OWN_POLICY=
	if [ ! -e /usr/sbin/policy-rc.d ]; then
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
		OWN_POLICY=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
	if [ -n "$OWN_POLICY" ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
if [ -x "$NGINX" ]; then
	"$NGINX" -v
elif [ "${CI:-}" = "true" ]; then
	echo "nginx not found at $NGINX and CI=true: install Debian's nginx (apt-get install nginx) or set NGINX_PATH." >&2
	exit 1
else
	echo "nginx not found at $NGINX and apt is unavailable: the nginx deploy test will be skipped. Install nginx (apt-get install nginx) or set NGINX_PATH to run it."
fi
