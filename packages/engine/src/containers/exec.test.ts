import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invalidArgument, isInvalidArgument, notImplemented } from '@berth/errdefs';
import type { ExitStatus, ShimClient } from '@berth/shim';
import { execEnv, inspectExec, startExecProcess } from './exec';

describe('execEnv', () => {
  it('is PATH, HOSTNAME (and TERM on a terminal), the container\'s variables over them, then the exec\'s, replaced in place', () => {
    expect(execEnv({ Hostname: 'h1', Env: ['PATH=/bin', 'A=1', 'B=2'] }, false, ['A=9', 'C=3'])).toEqual(['PATH=/bin', 'HOSTNAME=h1', 'A=9', 'B=2', 'C=3']);
    expect(execEnv({ Hostname: 'h1', Env: ['A=1'] }, true, ['B'])).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOSTNAME=h1', 'TERM=xterm', 'A=1']);
    expect(execEnv({ Hostname: 'h1', Env: ['A=1'] }, false, ['A'])).not.toContain('A=1'); // a bare name unsets
  });
});

describe('inspectExec', () => {
  it('splits the command into entrypoint and arguments and reports no exit code before the exit', () => {
    const out = inspectExec({ id: 'e', containerId: 'c', config: { Cmd: ['sh', '-c', 'true'], AttachStdout: true }, started: false, running: false, pid: 0, exitCode: null });
    expect(out.ProcessConfig).toEqual({ entrypoint: 'sh', arguments: ['-c', 'true'], tty: false, user: '', privileged: false });
    expect(out.ExitCode).toBeNull();
    expect(out.OpenStdout).toBe(true);
    expect(out.OpenStdin).toBe(false);
  });
});

describe('startExecProcess', () => {
  let dir: string;
  let server: Server;
  let socketPath: string;
  let calls: string[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'berth-exec-start-'));
    socketPath = join(dir, 'io.sock');
    calls = [];
    server = createServer((client) => {
      calls.push('io connected');
      client.end('output');
    });
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  });

  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  const request = () => ({ args: ['true'], terminal: false, stdin: false, ioSocket: socketPath });
  const exit = { exitStatus: 3, exitedAt: new Date(0) };

  /** A shim that records the calls; `execStart` as an older shim answers it when `old`. */
  function fakeShim(old: boolean, exitedAtStart?: ExitStatus): ShimClient {
    return {
      execStart: async () => {
        calls.push('execStart');
        if (old) throw notImplemented('unknown method ExecStart');
        return exitedAtStart ? { pid: 42, exited: exitedAtStart } : { pid: 42 };
      },
      exec: async () => void calls.push('exec'),
      start: async () => {
        calls.push('start');
        return { pid: 43 };
      },
      wait: async () => {
        calls.push('wait');
        return exit;
      },
    } as unknown as ShimClient;
  }

  const read = (io: Socket) => new Promise<string>((resolve) => {
    let text = '';
    io.on('data', (d: Buffer) => (text += d.toString()));
    io.on('close', () => resolve(text));
  });

  it('starts in one call, asks for the exit before attaching, and loses no output', async () => {
    const started = await startExecProcess(fakeShim(false), 'c', 'e', request());
    expect(started.pid).toBe(42);
    expect(calls).toEqual(['execStart', 'wait', 'io connected']);
    expect(await started.exited).toBe(exit);
    // Read only now, after the server already wrote and ended: the socket held it.
    await new Promise((r) => setTimeout(r, 50));
    expect(await read(started.io)).toBe('output');
  });

  it('asks for no exit the shim reported with the start (a command that was already done)', async () => {
    const done = { exitStatus: 7, exitedAt: new Date(1) };
    const started = await startExecProcess(fakeShim(false, done), 'c', 'e', request());
    expect(calls).toEqual(['execStart', 'io connected']);
    expect(await started.exited).toBe(done);
    expect(await read(started.io)).toBe('output');
  });

  it('uses exec, attach, start with a shim that has no ExecStart', async () => {
    const started = await startExecProcess(fakeShim(true), 'c', 'e', request());
    expect(started.pid).toBe(43);
    expect(calls).toEqual(['execStart', 'exec', 'io connected', 'start', 'wait']);
    expect(await read(started.io)).toBe('output');
  });

  it('passes a start failure on, without attaching', async () => {
    const shim = { execStart: async () => Promise.reject(invalidArgument('no such file')) } as unknown as ShimClient;
    expect(isInvalidArgument(await startExecProcess(shim, 'c', 'e', request()).catch((e: unknown) => e))).toBe(true);
    expect(calls).toEqual([]);
  });
});
