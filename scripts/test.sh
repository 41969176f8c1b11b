#!/usr/bin/env bash
# The one test command (`npm test`): lint, type check, unit tests, then integration tests against a SEPARATE
# test instance of the services (own MINGJING_HOME, port and memory) so tests never touch the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="$ROOT/test-output"
mkdir -p "$OUT" && rm -f "$OUT"/jest-*.json

# The test instance. Override MINGJING_TEST_HOME / MINGJING_TEST_BOLT_PORT to run several test instances at once.
export MINGJING_HOME="${MINGJING_TEST_HOME:-$ROOT/.mingjing/test}"
export NEO4J_BOLT_PORT="${MINGJING_TEST_BOLT_PORT:-7688}"
export NEO4J_HEAP=1g NEO4J_PAGECACHE=512m NODE_ENV=test
unset NEO4J_URI NEO4J_PASSWORD # tests empty the graph: never point them at a real server

# Closing line over every jest run, "N passed, N failed" (also when a step failed); in CI, stop what this run
# started. Locally the test instance stays up so the next run starts in seconds.
finish() {
  local rc=$?
  node -e '
    const fs = require("fs");
    const runs = process.argv.slice(1).filter((a) => fs.existsSync(a)).map((a) => JSON.parse(fs.readFileSync(a, "utf8")));
    if (runs.length === 0) process.exit(0);
    const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
    console.log(`${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed`);
  ' "$OUT/jest-unit.json" "$OUT/jest-integration.json" "$OUT/jest-browser.json" || true
  if [ -n "${CI:-}" ]; then npx mingjing down || true; fi
  exit "$rc"
}
trap finish EXIT

# One command per line: under `set -e` a failure inside an `a && b` list would not stop the script.
echo "== lint =="
npx eslint . --max-warnings 0
npx prettier --check . --log-level warn
echo "== typecheck =="
npx tsc -p tsconfig.json --noEmit
npx tsc -p viz/tsconfig.json --noEmit
echo "== unit =="
npx jest --selectProjects unit --json --outputFile="$OUT/jest-unit.json"
echo "== services (test instance: $MINGJING_HOME, bolt port $NEO4J_BOLT_PORT) =="
npx mingjing up
echo "== integration =="
npx jest --selectProjects integration --runInBand --json --outputFile="$OUT/jest-integration.json"

echo "== browser =="
# Debian's chromium (software WebGL) and a CJK font, installed only when missing; then the built UI against
# the real API on the same test instance.
if [ ! -x /usr/bin/chromium ] || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null
fi
npm run build:viz --silent
npx jest --selectProjects browser --runInBand --json --outputFile="$OUT/jest-browser.json"
