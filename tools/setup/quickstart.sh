#!/usr/bin/env bash
# THE main command (`npm start`): prepares the checkout, starts berthd in the background with its
# default roots (unless one already answers), loads the busybox image and runs a first container.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
repo=$(pwd)

SOCK=/run/berth/berth.sock
LOG=/tmp/berthd.log
PIDFILE=/run/berth/berthd.pid
IMAGE=tools/images/out/busybox.tar

say() { printf 'start: %s\n' "$*"; }
die() { printf 'start: ERROR: %s\n' "$*" >&2; exit 1; }
ping_daemon() { curl -fsS --max-time 2 --unix-socket "$SOCK" http://localhost/_ping >/dev/null 2>&1; }

[ "$(id -u)" -eq 0 ] || die "berthd needs root (mounts, namespaces, iptables): run as root"
command -v curl >/dev/null || die "curl is required (apt-get install curl)"

bash tools/setup/setup.sh
for bin in berthd berth berth-shim; do
  [ -f "bin/$bin.js" ] || die "bin/$bin.js was not built (see the bundle output above)"
done

if ping_daemon; then
  say "berthd already answers on $SOCK; using it"
else
  say "starting berthd (log: $LOG)"
  # setsid + nohup: berthd keeps running after this script and its terminal are gone.
  setsid nohup "$repo/bin/berthd" --pidfile "$PIDFILE" >"$LOG" 2>&1 </dev/null &
  pid=$!
  for _ in $(seq 1 100); do
    ping_daemon && break
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$LOG" >&2; die "berthd exited during start-up (log above, full log in $LOG)"; }
    sleep 0.1
  done
  ping_daemon || { tail -n 30 "$LOG" >&2; die "berthd did not answer on $SOCK within 10s (log: $LOG)"; }
  say "berthd is up (pid $pid)"
fi

say "loading busybox:latest"
bin/berth load -i "$IMAGE" || die "berth load -i $IMAGE failed (berthd log: $LOG)"
say 'running: berth run --rm busybox echo "Hello from berth!"'
hello=$(bin/berth run --rm busybox echo "Hello from berth!") || die "berth run failed (berthd log: $LOG)"
printf '%s\n' "$hello"
[[ $hello == *"Hello from berth!"* ]] || die "the container did not print its greeting (berthd log: $LOG)"

cat <<EOT

berthd is running and serves the Docker Engine API on $SOCK. Next:
  export DOCKER_HOST=unix://$SOCK
  docker run --rm busybox echo hi          # the unmodified docker CLI
  bin/berth ps -a                          # berth's own CLI, same grammar
  echo 'id; uname -r' | bin/berth run -i --rm busybox sh   # stdin into a container
Logs: $LOG
Stop berthd:  kill \$(cat $PIDFILE)      (it stops its containers first, then exits)
EOT
