/**
 * One berthd per data root. Node has no flock, so the lock is a file created with O_EXCL holding
 * the owner's pid: a second berthd finds it and a live owner; a berthd killed with -9 leaves it
 * behind, and the next one sees that its pid is gone (or is no berthd) and takes it over.
 */
import { readFileSync } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { conflict } from '@berth/errdefs';

export const LOCK_FILE = 'berthd.lock';

export interface DataRootLock {
  release(): Promise<void>;
}

/** Whether `pid` is a running berthd (not merely a process that reused a dead berthd's pid). */
function isBerthd(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('berthd');
  } catch {
    return false;
  }
}

export async function lockDataRoot(dataRoot: string): Promise<DataRootLock> {
  await mkdir(dataRoot, { recursive: true, mode: 0o710 });
  const file = join(dataRoot, LOCK_FILE);
  // Twice at most: the second attempt follows the removal of a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return {
        release: async () => {
          // Only our own lock: never remove one a successor took over.
          if ((await readFile(file, 'utf8').catch(() => '')).trim() === String(process.pid)) await rm(file, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let text = (await readFile(file, 'utf8').catch(() => '')).trim();
    if (!text) {
      // Created but not yet written by a berthd starting at this very moment: give it a moment.
      await new Promise((resolve) => setTimeout(resolve, 200));
      text = (await readFile(file, 'utf8').catch(() => '')).trim();
    }
    const owner = Number(text);
    if (isBerthd(owner)) {
      throw conflict(`another berthd (pid ${owner}) is using the data root ${dataRoot}: stop it first, or give this one another --data-root (lock file ${file})`);
    }
    await rm(file, { force: true });
  }
  throw conflict(`could not lock the data root ${dataRoot}: another berthd is starting on it (lock file ${file})`);
}
