import type { ContainerState, RestartPolicy } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';

/** The first delay before an automatic restart, as dockerd's restart manager. */
export const FIRST_RESTART_DELAY_MS = 100;
/** Delays double up to this. */
export const MAX_RESTART_DELAY_MS = 60_000;
/** A run at least this long resets the delay to the first one. */
export const RESET_AFTER_RUN_MS = 10_000;

/**
 * dockerd's create-time check of a restart policy, with its messages. An empty name is accepted
 * with any count (older clients sent it as the default).
 */
export function validateRestartPolicy(policy: RestartPolicy | undefined, autoRemove: boolean | undefined): void {
  if (!policy) return;
  const count = policy.MaximumRetryCount ?? 0;
  switch (policy.Name) {
    case 'always':
    case 'unless-stopped':
    case 'no':
      if (count !== 0) {
        throw invalidArgument(`invalid restart policy: maximum retry count can only be used with 'on-failure'${count < 0 ? ' and cannot be negative' : ''}`);
      }
      break;
    case 'on-failure':
      if (count < 0) throw invalidArgument('invalid restart policy: maximum retry count cannot be negative');
      break;
    case '':
      break;
    default:
      throw invalidArgument(`invalid restart policy: unknown policy '${String(policy.Name)}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`);
  }
  if (autoRemove && !isNone(policy)) throw invalidArgument("can't create 'AutoRemove' container with restart policy");
}

function isNone(policy: RestartPolicy | undefined): boolean {
  return !policy || policy.Name === 'no' || policy.Name === '';
}

/** What an exit is judged on. */
export interface ExitFacts {
  policy: RestartPolicy | undefined;
  exitCode: number;
  /** `docker stop`/`docker kill` (or the daemon's own shutdown) ended this run. */
  manuallyStopped: boolean;
  /** Automatic restarts since the user last started the container. */
  restartCount: number;
}

/**
 * Whether the policy restarts a container after this exit (dockerd's restart manager): `always`
 * always, `unless-stopped` unless stopped by hand, `on-failure` on a non-zero exit while under its
 * maximum (0 = no maximum). A container stopped by hand is never restarted: dockerd cancels the
 * restart manager on stop and kill.
 */
export function shouldRestart(facts: ExitFacts): boolean {
  const { policy } = facts;
  if (isNone(policy) || facts.manuallyStopped) return false;
  switch (policy!.Name) {
    case 'always':
    case 'unless-stopped':
      return true;
    case 'on-failure': {
      const max = policy!.MaximumRetryCount ?? 0;
      return facts.exitCode !== 0 && (max === 0 || facts.restartCount < max);
    }
    default:
      return false;
  }
}

/**
 * The delay before the next automatic restart: 100 ms, doubling with each consecutive restart up
 * to a minute; a run of 10 s or more starts over. `previousMs` is 0 before the first restart.
 */
export function nextRestartDelay(previousMs: number, ranForMs: number): number {
  const previous = ranForMs >= RESET_AFTER_RUN_MS ? 0 : previousMs;
  if (previous === 0) return FIRST_RESTART_DELAY_MS;
  return Math.min(previous * 2, MAX_RESTART_DELAY_MS);
}

/**
 * The state while waiting to restart. As dockerd, a restarting container counts as running (ps
 * lists it; rm without force refuses it) though it has no process.
 */
export function restartingState(exited: ContainerState): ContainerState {
  return { ...exited, Status: 'restarting', Running: true, Restarting: true, Paused: false, Pid: 0 };
}

/** The state after a pending restart was cancelled (stop, kill, rm -f, daemon restart). */
export function stoppedState(restarting: ContainerState): ContainerState {
  return { ...restarting, Status: 'exited', Running: false, Restarting: false, Paused: false, Pid: 0 };
}
