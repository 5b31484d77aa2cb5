import { notFound } from '@berth/errdefs';
import { callNative, errnoCode, type SyscallError } from './addon';

/** How a reaped process ended. `exitCode` is 128+signal when a signal killed it, like a shell. */
export interface PidExit {
  pid: number;
  exitCode: number;
  signal: number | null;
}

/**
 * Makes this process the reaper of its orphaned descendants (prctl PR_SET_CHILD_SUBREAPER), so a
 * container's init that double-forks away from its runtime is re-parented here and its exit status
 * can be collected with `waitPid`.
 */
export function setChildSubreaper(): void {
  callNative((addon) => addon.setChildSubreaper());
}

/**
 * Gives the free memory malloc holds back to the system (glibc `malloc_trim(0)`): what a burst
 * allocated outside the JS heap stays in malloc's arenas otherwise. True when some was released.
 */
export function releaseFreeMemory(): boolean {
  return callNative((addon) => addon.releaseFreeMemory());
}

/**
 * Collects the exit status of ONE child without blocking: `null` while it still runs, its `PidExit`
 * once (the zombie is reaped by this call, so a second call throws notFound).
 *
 * Only ever a specific pid, never `-1`: libuv waits for the children `child_process` spawned, and a
 * wildcard wait would steal their statuses. Throws errdefs notFound (code ECHILD) when `pid` is not
 * a child of this process, or was already reaped.
 */
export function waitPid(pid: number): PidExit | null {
  try {
    return callNative((addon) => addon.waitPid(pid));
  } catch (err) {
    if (errnoCode(err) !== 'ECHILD') throw err;
    const typed = notFound(`no child process ${pid} to wait for`, { cause: err }) as SyscallError;
    typed.code = 'ECHILD';
    typed.syscall = 'waitpid';
    throw typed;
  }
}
