#!/usr/bin/env bash
# The one test command (`npm test`): lint, type check, unit tests, then integration tests against real services.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== lint ==" && npx eslint . --max-warnings 0 && npx prettier --check . >/dev/null
echo "== typecheck ==" && npx tsc -p tsconfig.json --noEmit
echo "== unit ==" && npx jest --selectProjects unit
echo "== services ==" && npx mingjing up
echo "== integration ==" && npx jest --selectProjects integration --runInBand
