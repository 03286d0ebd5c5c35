#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries (initdb, pg_ctl) are installed, so the BazaarVid.Storage.Postgres tests can
# start their own throwaway cluster. Installs the Debian package `postgresql` when initdb is missing; does nothing when
# it is there (idempotent). Not needed when BAZAARVID_TEST_POSTGRES points at a server.
# Usage: scripts/prerequisites/postgres.sh        (exit code 0 when initdb is available afterwards)
set -euo pipefail

have_initdb() {
  command -v initdb >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}

if [[ -n "${BAZAARVID_TEST_POSTGRES:-}" ]]; then
  echo "postgres: using BAZAARVID_TEST_POSTGRES"
  exit 0
fi

if have_initdb; then
  echo "postgres: initdb found"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "postgres: initdb is missing and apt-get is not available; install PostgreSQL or set BAZAARVID_TEST_POSTGRES" >&2
  exit 1
fi

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "postgres: installing needs root (or sudo)" >&2
    exit 1
  fi
  sudo=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they do not offer the package yet.
candidate="$(apt-cache policy postgresql 2>/dev/null | awk '/Candidate:/ { print $2 }')"
if [[ -z "$candidate" || "$candidate" == "(none)" ]]; then
  "${sudo[@]}" apt-get update -q
fi
"${sudo[@]}" apt-get install -y -q --no-install-recommends postgresql

if ! have_initdb; then
  echo "postgres: the postgresql package is installed but initdb is still missing" >&2
  exit 1
fi
echo "postgres: installed $(ls -d /usr/lib/postgresql/*/bin | tail -n 1)"
