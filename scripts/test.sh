#!/usr/bin/env bash
# Runs every test project of BazaarVid.sln and prints a last line "tests: N passed, M failed".
# Usage: scripts/test.sh [--no-build] [extra dotnet test arguments]
# Exit code: 0 only when every test project ran, at least one test passed and none failed.
set -uo pipefail
cd "$(dirname "$0")/.."

build_args=()
if [[ "${1:-}" == "--no-build" ]]; then
  build_args+=(--no-build)
  shift
fi

# Prerequisites of the integration tests (PostgreSQL, Node, Chromium) install here when missing.
if [[ -x scripts/prerequisites.sh ]]; then
  scripts/prerequisites.sh || { echo "prerequisites failed"; echo "tests: 0 passed, 1 failed"; exit 1; }
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

dotnet test BazaarVid.sln -c Release "${build_args[@]}" \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" "$@"
status=$?

passed=0
failed=0
files=0
for trx in "$results"/*.trx; do
  [[ -e "$trx" ]] || continue
  files=$((files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  e="$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

if [[ $status -ne 0 && $failed -eq 0 ]]; then
  # A test host crashed or a project failed to run: count it, never hide it.
  failed=1
fi

echo "tests: ${passed} passed, ${failed} failed"
if [[ $status -ne 0 || $failed -ne 0 || $passed -eq 0 || $files -eq 0 ]]; then
  exit 1
fi
