import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { messageOf } from '@berth/errdefs';
import { BERTH_VERSION } from '@berth/engine';
import { releaseFreeMemory } from '@berth/sys';
import { loadDaemonOptions, parseFlagArgs, USAGE, type DaemonOptions } from './flags';
import { startDaemon, type RunningDaemon } from './daemon';
import { createLog } from './log';

// Before the options are known (and after a failed start), everything is logged.
let options: DaemonOptions | undefined;
const log = createLog(() => options?.logLevel ?? 'debug');

async function main(): Promise<void> {
  let given;
  try {
    given = parseFlagArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${messageOf(err)}\n\n${USAGE}`);
    process.exit(125);
  }
  if (given === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (given === 'version') {
    process.stdout.write(`berthd version ${BERTH_VERSION}\n`);
    return;
  }
  let opts: DaemonOptions;
  try {
    opts = loadDaemonOptions(given);
  } catch (err) {
    // dockerd: a configuration the file makes invalid is no usage error; status 1, the message alone.
    process.stderr.write(`${messageOf(err)}\n`);
    process.exit(1);
  }
  options = opts;
  log(`options: ${JSON.stringify(opts.settings)}`, 'debug');
  const shimBinary = process.env.BERTH_SHIM_BINARY ?? join(__dirname, 'berth-shim.js');
  const daemon = await startDaemon(opts, shimBinary, log);
  log(`berthd ${BERTH_VERSION} started (data-root ${opts.dataRoot}, exec-root ${opts.execRoot})`);
  collectWhenIdle(daemon);
  const shutdown = (signal: string) => {
    log(`received ${signal}, shutting down`);
    daemon.stop().then(
      () => process.exit(0),
      (err) => {
        log(`shutdown failed: ${messageOf(err)}`, 'error');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGHUP', () => daemon.reload());
}

/** How often the daemon checks whether it went idle. */
const IDLE_CHECK_MS = 1000;

/**
 * V8 keeps the heap a burst of containers grew, and glibc the arenas, for as long as the daemon
 * then stays idle (no allocation, so no GC). Once nothing happened for a whole check period (no
 * event) and no container runs, collect once and trim malloc's arenas; the next event starts a new
 * busy period. The collection is V8's last-resort one (it also compacts and frees pooled pages).
 * Measured after tools/bench/containers-bench.mjs: ~70 → ~58 MB RSS within ~10 s of the last event.
 */
function collectWhenIdle(daemon: RunningDaemon): void {
  let gc: (() => void) | undefined;
  try {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as (options?: object) => void;
    gc = () => collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } catch {
    return; // a Node without it: nothing to give back, nothing lost
  }
  let busy = true;
  let quiet = false;
  daemon.engine.events.subscribe(
    () => {
      busy = true;
      quiet = false;
    },
    { internal: true },
  );
  setInterval(() => {
    const { running, paused } = daemon.engine.containers.count;
    if (!busy || running + paused > 0) return;
    // A check period without events first, so a run of short containers is not interrupted.
    if (!quiet) {
      quiet = true;
      return;
    }
    busy = false;
    giveBack();
    // Once more later, as V8's memory reducer would (it does not always run): the first pass
    // leaves pages and array buffers that only the next collection releases.
    setTimeout(() => {
      if (!busy) giveBack();
    }, 8 * IDLE_CHECK_MS).unref();
  }, IDLE_CHECK_MS).unref();

  function giveBack(): void {
    gc!();
    // malloc is trimmed a moment later: the collection frees array buffers' memory (back to
    // malloc) only as it sweeps, after it returns.
    setTimeout(() => {
      try {
        releaseFreeMemory();
      } catch {
        // an addon built before it had this: the JS heap alone is given back
      }
    }, IDLE_CHECK_MS).unref();
  }
}

main().catch((err) => {
  log(`failed to start daemon: ${messageOf(err)}`, 'fatal');
  process.exit(1);
});
