#!/usr/bin/env bash
# THE test command (`npm test`): prepares the checkout, then runs type checks and every package's
# tests, the layering check and the tools' own tests, then the end-to-end suites. The last line is
# always "N passed, N failed"; the exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
# No nx daemon: the run must leave no process behind.
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

logs=$(mktemp -d -p "${TMPDIR:-/tmp}")
trap 'rm -rf "$logs"' EXIT
passed=0
failed=0
results=()

# add <step> <passed> <failed>
add() {
  passed=$((passed + $2)); failed=$((failed + $3))
  results+=("$(printf '%-34s %5d passed, %d failed' "$1" "$2" "$3")")
}
# count <nx|tap> <step> <log> <exit code>: adds the counts summarize.mjs finds in a step's log.
count() {
  local counts notes
  counts=$(node tools/setup/summarize.mjs "$1" "$3" "$4" 2>"$logs/notes") || counts="0 1"
  add "$2" ${counts}
  while IFS= read -r notes; do [ -n "$notes" ] && results+=("    $notes"); done <"$logs/notes"
}
banner() { printf '\n==== %s\n' "$*"; }

# Things berth puts on the host; whatever appears during the run and is still there after it leaked.
# (berth0, the default bridge, outlives a daemon on purpose, as docker0 does.)
tmp_root=${TMPDIR:-/tmp}
host_state() {
  { pgrep -a -f '(^|/)(berthd|berth-shim)(\.js)?( |$)' || true; } | grep -v pgrep | sed 's/^/process /'
  awk '$5 ~ /berth/ {print "mount " $5}' /proc/self/mountinfo
  ip -o link show 2>/dev/null | awk -F': ' '$2 ~ /^(berth|bv)/ {sub(/@.*/, "", $2); print "link " $2}'
  # BERTH* chains and the jumps to them (counters dropped): the last test daemon's cleanup removes them.
  for t in iptables-save ip6tables-save; do "$t" 2>/dev/null | grep -E '^(:BERTH|-A .*BERTH)' | sed -E "s/ \[[0-9]+:[0-9]+\]$//; s/^/$t /"; done
  ip netns list 2>/dev/null | awk '$1 ~ /^berth/ {print "netns " $1}'
  find "$tmp_root" -maxdepth 1 -name 'berth*' ! -path "$logs" -printf 'temp %p\n' 2>/dev/null
}
host_state | sort >"$logs/before"

banner "setup"
# A failed setup is one failure; the steps after it still run and report what they can.
if bash tools/setup/setup.sh; then add "setup" 1 0; else add "setup" 0 1; fi

# The e2e project (nx name from e2e/package.json's "nx.name", else its package name) runs last, alone.
e2e_project=""
[ -f e2e/package.json ] && e2e_project=$(node -p 'const p = require("./e2e/package.json"); (p.nx && p.nx.name) || p.name')

banner "typecheck + package tests (nx run-many -t typecheck test)"
npx nx run-many -t typecheck test --parallel=2 --outputStyle=static ${e2e_project:+--exclude="$e2e_project"} 2>&1 | tee "$logs/unit"
count nx "typecheck + package tests" "$logs/unit" "${PIPESTATUS[0]}"

banner "layering (tools/layering/check.mjs)"
if node tools/layering/check.mjs; then add "layering check" 1 0; else add "layering check" 0 1; fi

banner "tools tests (node --test)"
mapfile -t tool_tests < <(find tools -name '*.test.mjs' -not -path '*/node_modules/*' -not -path 'tools/codegen/*' | sort)
node --test --test-reporter=tap "${tool_tests[@]}" >"$logs/tools" 2>&1
status=$?
grep -E '^(not ok|# (tests|pass|fail))' "$logs/tools" || true
[ "$status" -eq 0 ] || cat "$logs/tools"
count tap "tools tests" "$logs/tools" "$status"

if [ -n "$e2e_project" ]; then
  banner "end-to-end (nx run $e2e_project:test)"
  npx nx run "$e2e_project:test" --outputStyle=static 2>&1 | tee "$logs/e2e"
  count nx "end-to-end" "$logs/e2e" "${PIPESTATUS[0]}"
else
  results+=("end-to-end: skipped (no e2e/package.json yet)")
fi

# Daemons stopped by a suite's teardown may take a few seconds to exit: allow them 15s.
for _ in $(seq 1 15); do
  host_state | sort >"$logs/after"
  leaked=$(comm -13 "$logs/before" "$logs/after")
  [ -z "$leaked" ] && break
  sleep 1
done
if [ -n "$leaked" ]; then
  banner "left behind by the run"
  echo "$leaked"
  # Outside CI other work may share the machine, so a leak there is reported, not counted.
  if [ "${CI:-}" = true ]; then add "nothing left behind" 0 1; else results+=("WARNING: something was left behind (listed above)"); fi
else
  add "nothing left behind" 1 0
fi

banner "summary"
printf '%s\n' "${results[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
