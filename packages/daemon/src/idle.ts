import { queryObjects, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { releaseFreeMemory } from '@berth/sys';

/** How often the daemon checks whether it went idle. */
export const IDLE_CHECK_MS = 1000;

/** What tells the daemon it is busy: any event, and any container that runs (or is paused). */
export interface Activity {
  onActivity(listener: () => void): unknown;
  liveContainers(): number;
}

/** How memory is given back: the heap, then malloc's free memory. */
export interface GiveBack {
  collect(): void;
  trimMalloc(): void;
}

/**
 * V8 keeps the heap a burst of containers grew, and glibc the arenas, for as long as the daemon
 * then stays idle (no allocation, so no GC). Once nothing happened for a whole check period (no
 * event) and no container runs, collect and trim malloc's arenas, and once more a little later;
 * the next event starts a new busy period. Measured by tools/bench/containers-bench.mjs: ~66 →
 * ~56 MB RSS within ~10 s of the last event, alone or beside moby.
 */
export function collectWhenIdle(activity: Activity, giveBack: GiveBack = { collect: memoryReducingCollection(), trimMalloc: trimMallocIfBuilt }): () => void {
  let busy = true;
  let quiet = false;
  let secondPass: NodeJS.Timeout | undefined;
  let trim: NodeJS.Timeout | undefined;
  activity.onActivity(() => {
    busy = true;
    quiet = false;
    clearTimeout(secondPass);
  });
  const check = setInterval(() => {
    if (!busy || activity.liveContainers() > 0) return;
    // A check period without events first, so a run of short containers is not interrupted.
    if (!quiet) {
      quiet = true;
      return;
    }
    busy = false;
    once();
    // Once more later: array buffers and handles whose finalizers ran after the first collection
    // are only released by the next one.
    secondPass = setTimeout(once, 8 * IDLE_CHECK_MS).unref();
  }, IDLE_CHECK_MS).unref();

  function once(): void {
    giveBack.collect();
    // malloc is trimmed a moment later: the collection frees array buffers' memory (back to
    // malloc) only as it sweeps, after it returns.
    trim = setTimeout(() => giveBack.trimMalloc(), IDLE_CHECK_MS).unref();
  }
  return () => {
    clearInterval(check);
    clearTimeout(secondPass);
    clearTimeout(trim);
  };
}

function trimMallocIfBuilt(): void {
  try {
    releaseFreeMemory();
  } catch {
    // an addon built before it had this: the JS heap alone is given back
  }
}

/**
 * V8's memory-reducing full collection: it compacts the old generation, flushes bytecode not run
 * lately and returns the emptied pages. Node 20's `gc()` cannot ask for it: without arguments it is
 * a full collection that keeps the heap's size and its fragments (~8 MB more idle RSS after the
 * bench), and with an options object it is only a scavenge. Counting the instances of a class no
 * object has reaches it from JavaScript: the heap profiler collects all garbage before it counts.
 */
export function memoryReducingCollection(): () => void {
  if (typeof queryObjects === 'function') {
    class NeverInstantiated {}
    return () => {
      // The API is marked experimental; its one-time warning would be noise in berthd's log.
      const emitWarning = process.emitWarning;
      process.emitWarning = () => undefined;
      try {
        queryObjects(NeverInstantiated, { format: 'count' });
      } finally {
        process.emitWarning = emitWarning;
      }
    };
  }
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    return () => gc();
  } catch {
    return () => undefined; // a Node with neither: nothing to give back, nothing lost
  }
}
