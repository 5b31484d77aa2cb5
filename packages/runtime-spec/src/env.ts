import { DEFAULT_PATH_ENV } from './defaults';

/**
 * Merges `KEY=value` lists the way Docker does: each override replaces the entry with the same
 * key in place, or is appended when the key is new; a bare `KEY` (no `=`) removes that key.
 */
export function mergeEnv(base: readonly string[], ...overrides: (readonly string[] | undefined)[]): string[] {
  const merged = [...base];
  for (const list of overrides) {
    for (const entry of list ?? []) {
      const eq = entry.indexOf('=');
      const key = eq === -1 ? entry : entry.slice(0, eq);
      const at = merged.findIndex((e) => envKey(e) === key);
      if (eq === -1) {
        if (at !== -1) merged.splice(at, 1);
      } else if (at === -1) {
        merged.push(entry);
      } else {
        merged[at] = entry;
      }
    }
  }
  return merged;
}

function envKey(entry: string): string {
  const eq = entry.indexOf('=');
  return eq === -1 ? entry : entry.slice(0, eq);
}

/**
 * A container process's environment as dockerd builds it, for the init and for every exec: the
 * default PATH, HOSTNAME and (on a terminal) TERM, then `overrides` merged in order (the
 * container's variables, then an exec's own).
 */
export function processEnv(hostname: string, tty: boolean, ...overrides: (readonly string[] | undefined)[]): string[] {
  return mergeEnv([DEFAULT_PATH_ENV, `HOSTNAME=${hostname}`, ...(tty ? ['TERM=xterm'] : [])], ...overrides);
}
