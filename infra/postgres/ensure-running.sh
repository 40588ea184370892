#!/usr/bin/env bash
# Makes sure a local PostgreSQL accepts connections on 127.0.0.1:${PGPORT:-5432}; if not,
# starts the Debian cluster "main" (pg_ctlcluster, no systemd) and waits up to 30 s.
set -euo pipefail

PORT="${PGPORT:-5432}"

accepts_connections() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null
}

if accepts_connections; then
  exit 0
fi

command -v pg_ctlcluster >/dev/null || {
  echo "ensure-running.sh: PostgreSQL is not reachable on 127.0.0.1:$PORT and pg_ctlcluster is not installed" >&2
  exit 1
}
# The single installed major version, e.g. /etc/postgresql/15.
version="$(ls /etc/postgresql | sort -V | tail -n 1)"
echo "ensure-running.sh: starting PostgreSQL $version/main" >&2
pg_ctlcluster --skip-systemctl-redirect "$version" main start

for _ in $(seq 1 60); do
  accepts_connections && exit 0
  sleep 0.5
done
echo "ensure-running.sh: PostgreSQL did not accept connections on 127.0.0.1:$PORT within 30 s" >&2
exit 1
