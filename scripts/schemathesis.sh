#!/usr/bin/env bash
# Fuzzes the live API from its own OpenAPI document with schemathesis: no 5xx, every response conforms to
# the document. Uses the caller's Neo4j (MINGJING_HOME / NEO4J_BOLT_PORT), a throw-away admin key and a
# venv under .mingjing/. Usage: scripts/schemathesis.sh [extra schemathesis options]
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${SCHEMATHESIS_VENV:-.mingjing/schemathesis-venv}"
PORT="${ST_PORT:-18090}"
OUT="${ST_OUT:-test-output/schemathesis}"
if [ ! -x "$VENV/bin/schemathesis" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q schemathesis
fi
mkdir -p "$OUT"
created="$(npx mingjing keys create --role admin --name "schemathesis-$$")"
KEY_ID="$(printf '%s\n' "$created" | grep -o 'key_[0-9a-f]*' | head -1)"
KEY="$(printf '%s\n' "$created" | tail -1)"
node bin/mingjing.cjs serve --port "$PORT" --rate-limit 1000000 >"$OUT/server.log" 2>&1 &
SERVER=$!
cleanup() {
  kill "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  npx mingjing keys revoke "$KEY_ID" >/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/api/v1/health" >/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$OUT/server.log" >&2; exit 1; }
  sleep 1
done
status=0
"$VENV/bin/schemathesis" --config-file scripts/schemathesis.toml run "http://127.0.0.1:$PORT/api/openapi.json" \
  -H "Authorization: Bearer $KEY" \
  --max-time "${ST_MAX_TIME:-600}" \
  --request-timeout 30 \
  --report junit --report-dir "$OUT" \
  "$@" || status=$?
if grep -q '"status":500\|unhandled error' "$OUT/server.log"; then
  echo "server logged an internal error; see $OUT/server.log" >&2
  status=1
fi
exit $status
