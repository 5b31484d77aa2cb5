/**
 * `docker top`: the host's `ps` output, cut down to the container's processes. As dockerd does, the
 * pids come from the task (the shim asks the runtime), `ps` runs on the host with the user's
 * options, and only the header and the lines whose PID column names one of those pids are kept.
 */
import { execFile } from 'node:child_process';
import type { ContainerTopResponse } from '@berth/api-types';
import { conflict, internal, invalidArgument } from '@berth/errdefs';

/** What top needs of a container (see ContainerService.taskOf). */
export interface TopTarget {
  id: string;
  running: boolean;
  restarting: boolean;
  /** Host pids of every process of the running task. */
  pids(): Promise<number[]>;
  /** Publish a container event (`top`). */
  emit(action: string): void;
}

/** Runs `ps` with `args`; rejects with the process's stderr when it fails. */
export type PsRunner = (args: string[]) => Promise<string>;

export const DEFAULT_PS_ARGS = '-ef';

/**
 * `ps -o pid=PID` would let a user rename another column to `PID` and make us match the wrong
 * numbers; dockerd refuses any `x=PID...` rename but of the pid column itself. Same here.
 */
export function validatePsArgs(psArgs: string): void {
  for (const match of psArgs.matchAll(/\s+(\S*)=\s*(PID\S*)/g)) {
    if (match[1] !== 'pid') throw invalidArgument(`specifying "${match[1]}=${match[2]}" is not allowed`);
  }
}

/** Splits on ASCII whitespace only (ps pads with spaces; a command may hold other Unicode spaces). */
const fields = (line: string): string[] => line.split(/[ \t\n\v\f\r]+/).filter((f) => f !== '');

/**
 * The header and the container's rows of a `ps` output. A row whose PID is `-` is a thread line
 * (`ps -m`): it belongs to the process line above it. The last column (the command) keeps its spaces.
 */
export function parsePsOutput(output: string, pids: readonly number[]): ContainerTopResponse {
  const lines = output.split('\n');
  const titles = fields(lines[0] ?? '');
  const pidIndex = titles.indexOf('PID');
  if (pidIndex < 0) throw internal("Couldn't find PID field in ps output");
  const wanted = new Set(pids);
  const processes: string[][] = [];
  const row = (cells: string[]) => [...cells.slice(0, titles.length - 1), cells.slice(titles.length - 1).join(' ')];
  let previousKept = false;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const cells = fields(line);
    const pidText = cells[pidIndex] ?? '';
    if (pidText === '-') {
      if (previousKept) processes.push(row(cells));
      continue;
    }
    const pid = Number(pidText);
    if (!/^\d+$/.test(pidText)) throw internal(`Unexpected pid '${pidText}': not a number`);
    previousKept = wanted.has(pid);
    if (previousKept) processes.push(row(cells));
  }
  return { Titles: titles, Processes: processes };
}

/** The host's `ps`; its first stderr line explains a failure, as dockerd reports it. */
export const hostPs: PsRunner = (args) =>
  new Promise((resolve, reject) => {
    execFile('ps', args, { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      const first = stderr.split('\n')[0];
      reject(new Error(first || err.message));
    });
  });

/**
 * `GET /containers/{id}/top?ps_args=`: InvalidArgument for a refused rename (checked before the
 * container is looked up, as dockerd does), Conflict unless it runs, Internal ("ps: ...") when ps fails.
 */
export async function containerTop(lookup: () => TopTarget, psArgs = '', ps: PsRunner = hostPs): Promise<ContainerTopResponse> {
  const options = psArgs === '' ? DEFAULT_PS_ARGS : psArgs;
  validatePsArgs(options);
  const target = lookup();
  // dockerd counts a restarting container as running, so it gets the restarting message.
  if (target.restarting) throw conflict(`Container ${target.id} is restarting, wait until the container is running`);
  if (!target.running) throw conflict(`Container ${target.id} is not running`);
  const pids = await target.pids();
  // dockerd splits on single spaces (not fields): `ps` sees exactly the words the user typed.
  const args = options.split(' ');
  let output: string;
  try {
    // `-q pids` makes ps list just those; some options (f) refuse it, so retry with the options alone.
    output = await ps([...args, '-q', pids.join(',')]);
  } catch {
    try {
      output = await ps(args);
    } catch (err) {
      throw internal(`ps: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const result = parsePsOutput(output, pids);
  target.emit('top');
  return result;
}
