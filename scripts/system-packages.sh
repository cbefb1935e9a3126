#!/usr/bin/env bash
# Install the Debian packages the integration tests need, when missing and when we are root.
# Outside root the tests that need them skip (or fail under CI=true) with a message saying what to install.
set -u
need=()
command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/*/libical.so.3 >/dev/null 2>&1 || need+=(libical3)
# PostgreSQL (the production database) is tested for real: start the local cluster if it is stopped.
if command -v pg_isready >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432 \
    && command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "starting the local PostgreSQL cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "note: not root, so not installing ${need[*]}; tests that need them will skip outside CI" >&2
  exit 0
fi
echo "installing ${need[*]} (apt-get)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
