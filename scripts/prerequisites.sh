#!/usr/bin/env bash
# Installs what the integration tests need when it is missing (idempotent): every scripts/prerequisites/*.sh in order.
set -euo pipefail
cd "$(dirname "$0")"
for script in prerequisites/*.sh; do
  [[ -e "$script" ]] || continue
  echo "prerequisites: $(basename "$script")"
  bash "$script"
done
