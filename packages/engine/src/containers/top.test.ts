import { isConflict, isInternal, isInvalidArgument, notFound } from '@berth/errdefs';
import { containerTop, parsePsOutput, validatePsArgs, type TopTarget } from './top';

const PS_EF = [
  'UID          PID    PPID  C STIME TTY          TIME CMD',
  'root           1       0  0 10:00 ?        00:00:01 /sbin/init',
  'root         200     150  3 10:01 ?        00:00:00 sh -c while :; do :; done',
  'root         201     200  0 10:01 ?        00:00:00 sleep 100',
  'www          300       1  0 10:02 ?        00:00:00 nginx: worker',
  '',
].join('\n');

describe('parsePsOutput', () => {
  it('keeps the header and only the rows of the given pids, the command with its spaces', () => {
    expect(parsePsOutput(PS_EF, [200, 201])).toEqual({
      Titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
      Processes: [
        ['root', '200', '150', '3', '10:01', '?', '00:00:00', 'sh -c while :; do :; done'],
        ['root', '201', '200', '0', '10:01', '?', '00:00:00', 'sleep 100'],
      ],
    });
  });

  it('keeps thread lines (PID "-") only under a kept process', () => {
    const out = ['USER PID TID CMD', 'root 1 - init', 'root - 1 -', 'root 9 - app', 'root - 9 -', 'root - 10 -', ''].join('\n');
    expect(parsePsOutput(out, [9]).Processes).toEqual([['root', '9', '-', 'app'], ['root', '-', '9', '-'], ['root', '-', '10', '-']]);
  });

  it('fails without a PID column or with a non-numeric pid', () => {
    expect(() => parsePsOutput('USER CMD\nroot sh\n', [1])).toThrow("Couldn't find PID field in ps output");
    expect(() => parsePsOutput('PID CMD\nabc sh\n', [1])).toThrow("Unexpected pid 'abc'");
  });
});

describe('validatePsArgs', () => {
  it('refuses renaming another column to PID, allows pid=PID', () => {
    expect(() => validatePsArgs('-o user=PID')).toThrow('specifying "user=PID" is not allowed');
    let thrown: unknown;
    try {
      validatePsArgs('-o user=PID');
    } catch (err) {
      thrown = err;
    }
    expect(isInvalidArgument(thrown)).toBe(true);
    expect(() => validatePsArgs('-o pid=PID,comm')).not.toThrow();
    expect(() => validatePsArgs('aux')).not.toThrow();
  });

  it('is checked before the container is looked up, as dockerd does', async () => {
    const err = await containerTop(() => {
      throw notFound('No such container: x');
    }, '-o user=PID').catch((e: unknown) => e);
    expect(isInvalidArgument(err)).toBe(true);
  });
});

describe('containerTop', () => {
  const target = (over: Partial<TopTarget> = {}): TopTarget & { events: string[] } => {
    const events: string[] = [];
    return { id: 'c1', running: true, restarting: false, pids: async () => [200, 201], emit: (a) => events.push(a), events, ...over };
  };

  it('runs ps with the options and -q pids, and emits a top event', async () => {
    const calls: string[][] = [];
    const t = target();
    const result = await containerTop(() => t, '', async (args) => {
      calls.push(args);
      return PS_EF;
    });
    expect(calls).toEqual([['-ef', '-q', '200,201']]);
    expect(result.Processes.map((p) => p[1])).toEqual(['200', '201']);
    expect(t.events).toEqual(['top']);
  });

  it('retries without -q when ps refuses it, and filters itself', async () => {
    const calls: string[][] = [];
    const result = await containerTop(() => target(), 'f', async (args) => {
      calls.push(args);
      if (args.includes('-q')) throw new Error('error: conflicting format options');
      return PS_EF;
    });
    expect(calls).toEqual([['f', '-q', '200,201'], ['f']]);
    expect(result.Processes).toHaveLength(2);
  });

  it('reports a ps failure as an internal "ps: <first stderr line>" error, and emits nothing', async () => {
    const t = target();
    const err = await containerTop(() => t, '-zzz', async () => {
      throw new Error('error: unsupported SysV option');
    }).catch((e: unknown) => e);
    expect(isInternal(err)).toBe(true);
    expect((err as Error).message).toBe('ps: error: unsupported SysV option');
    expect(t.events).toEqual([]);
  });

  it('is a Conflict for a container that does not run', async () => {
    const err = await containerTop(() => target({ running: false }), '', async () => PS_EF).catch((e: unknown) => e);
    expect(isConflict(err)).toBe(true);
    expect((err as Error).message).toBe('Container c1 is not running');
    const restarting = await containerTop(() => target({ running: false, restarting: true }), '', async () => PS_EF).catch((e: unknown) => e);
    expect(isConflict(restarting)).toBe(true);
    expect((restarting as Error).message).toBe('Container c1 is restarting, wait until the container is running');
  });
});
