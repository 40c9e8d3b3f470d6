#!/usr/bin/env bash
# Install and start a local PostgreSQL server for the tests that run the registry on a
# server, and print the URL they use. Debian's cluster is started with pg_ctlcluster
# (pg_ctl refuses to run as root); the role and database are created once.
set -euo pipefail
# Only the URL goes to standard output; pg_ctlcluster and apt talk (e.g. "Removed stale pid
# file." after an unclean stop) would otherwise be read as part of it.
exec 3>&1 1>&2

ROLE=ceremony
PASSWORD=ceremony
DATABASE=ceremony_test
PORT=5432

sudo=()
((EUID == 0)) || sudo=(sudo)

if ! command -v pg_lsclusters >/dev/null; then
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | awk 'NR == 1 {print $1 " " $2}')
if [[ -z "$cluster" ]]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  "${sudo[@]}" pg_createcluster "$version" main >/dev/null
  cluster="$version main"
fi
# shellcheck disable=SC2086
pg_lsclusters --no-header | awk 'NR == 1 {print $4}' | grep -q online \
  || "${sudo[@]}" pg_ctlcluster $cluster start 3>&-  # the server must not hold the URL pipe open

as_postgres() { "${sudo[@]}" su postgres -c "$1" >/dev/null; }
for _ in $(seq 1 30); do
  as_postgres "psql -c 'SELECT 1'" 2>/dev/null && break
  sleep 1
done
as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\" | grep -q 1 \
  || psql -c \"CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'\""
# Each test run makes its own database from this one (see tests/conftest.py).
as_postgres "psql -c \"ALTER ROLE $ROLE CREATEDB\""
as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DATABASE'\" | grep -q 1 \
  || psql -c \"CREATE DATABASE $DATABASE OWNER $ROLE ENCODING 'UTF8' TEMPLATE template0\""
echo "postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE" >&3
