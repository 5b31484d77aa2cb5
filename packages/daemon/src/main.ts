import { join } from 'node:path';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { messageOf } from '@berth/errdefs';
import { BERTH_VERSION } from '@berth/engine';
import { releaseFreeMemory } from '@berth/sys';
import { parseDaemonArgs, USAGE } from './flags';
import { startDaemon, type RunningDaemon } from './daemon';

function log(msg: string): void {
  process.stderr.write(`${new Date().toISOString()} ${msg}\n`);
}

async function main(): Promise<void> {
  let opts;
  try {
    opts = parseDaemonArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${messageOf(err)}\n\n${USAGE}`);
    process.exit(125);
  }
  if (opts === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (opts === 'version') {
    process.stdout.write(`berthd version ${BERTH_VERSION}\n`);
    return;
  }
  const shimBinary = process.env.BERTH_SHIM_BINARY ?? join(__dirname, 'berth-shim.js');
  const daemon = await startDaemon(opts, shimBinary, log);
  log(`berthd ${BERTH_VERSION} started (data-root ${opts.dataRoot}, exec-root ${opts.execRoot})`);
  collectWhenIdle(daemon);
  const shutdown = (signal: string) => {
    log(`received ${signal}, shutting down`);
    daemon.stop().then(
      () => process.exit(0),
      (err) => {
        log(`shutdown failed: ${messageOf(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGHUP', () => daemon.reload());
}

/** How often an idle daemon checks whether it has garbage to give back. */
const IDLE_CHECK_MS = 2500;
/** Heap growth since the last collection that makes one worth its ~10 ms. */
const HEAP_GROWTH_BYTES = 2 * 1024 * 1024;

/**
 * V8 keeps the heap a burst of containers grew for as long as the daemon then stays idle (no
 * allocation, so no GC): with no container running and the heap grown since the last time,
 * collect once, then trim malloc's arenas. Measured after tools/bench/containers-bench.mjs: ~8 MB
 * of RSS back.
 */
function collectWhenIdle(daemon: RunningDaemon): void {
  let gc: (() => void) | undefined;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  } catch {
    return; // a Node without it: nothing to give back, nothing lost
  }
  let collectedAt = getHeapStatistics().used_heap_size;
  setInterval(() => {
    const { running, paused } = daemon.engine.containers.count;
    if (running + paused > 0) return;
    if (getHeapStatistics().used_heap_size - collectedAt < HEAP_GROWTH_BYTES) return;
    gc!();
    collectedAt = getHeapStatistics().used_heap_size;
    try {
      releaseFreeMemory(); // and what malloc keeps outside the JS heap (another ~4 MB)
    } catch {
      // an addon built before it had this: the JS heap alone is given back
    }
  }, IDLE_CHECK_MS).unref();
}

main().catch((err) => {
  log(`failed to start daemon: ${messageOf(err)}`);
  process.exit(1);
});
