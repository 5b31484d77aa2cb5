/**
 * `docker exec -it CTR sh -c 'echo a; echo b'` on a real terminal must show every line the process
 * wrote before it exited: the last output on the exec's pty has to reach the client before the
 * stream ends. Repeated, because the loss was a race that showed up only now and then.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DOCKER_CLI, hasDockerCli, run, TestDaemon } from './harness';

const PTY_DRIVE = join(__dirname, 'pty-drive.py');
const hasPython = existsSync('/usr/bin/python3') || existsSync('/usr/local/bin/python3');
const ptyIt = hasDockerCli && hasPython ? it : it.skip;
const ROUNDS = Number(process.env.BERTH_EXEC_TTY_ROUNDS ?? 50);

describe('docker exec -it output drain', () => {
  let daemon: TestDaemon;

  beforeAll(async () => {
    daemon = await TestDaemon.withBusybox(['--bridge', 'none']);
    // No networking: it is not what this suite is about, and the host's shared bridge stays out of it.
    expect(await daemon.docker(['run', '-d', '--network', 'none', '--name', 'drain', 'busybox', 'sleep', '600'])).toMatchObject({ code: 0, stderr: '' });
  }, 60_000);

  afterAll(async () => {
    if (!daemon) return;
    await daemon.docker(['rm', '-f', 'drain']);
    expect(await daemon.stop()).toBe(0);
    expect(daemon.leftovers()).toEqual([]);
    await daemon.cleanup();
  }, 60_000);

  // The plain exec goes through berth-exec, a privileged one through runc exec: both hand the
  // shim a pty master.
  for (const [how, flags] of [['berth-exec', []], ['runc', ['--privileged']]] as const) {
    ptyIt(`every line of a short exec reaches the terminal (${how}, ${ROUNDS} runs)`, async () => {
      const env = { DOCKER_CONFIG: join(daemon.dir, 'docker-config'), TERM: 'xterm' };
      const lost: string[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const result = await run('python3', [PTY_DRIVE, '[]', DOCKER_CLI, '-H', daemon.host, 'exec', '-it', ...flags, 'drain', 'sh', '-c', 'echo a; echo b'], env);
        const { code, out } = JSON.parse(result.stdout) as { code: number; out: string };
        if (code !== 0 || out !== 'a\r\nb\r\n') lost.push(`run ${i}: code ${code} ${JSON.stringify(out)}`);
      }
      expect(lost).toEqual([]);
    }, 600_000);
  }

  // More output than the pty's line discipline holds (4 KiB), written just before the exit: the
  // terminal's hang-up then comes while most of it still waits in the kernel.
  ptyIt('a large output written just before the exit arrives whole', async () => {
    const env = { DOCKER_CONFIG: join(daemon.dir, 'docker-config'), TERM: 'xterm' };
    const size = 200_000;
    const short: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await run('python3', [PTY_DRIVE, '[]', DOCKER_CLI, '-H', daemon.host, 'exec', '-it', 'drain', 'sh', '-c', `head -c ${size} /dev/zero | tr '\\0' x; echo; echo END`], env);
      const { code, out } = JSON.parse(result.stdout) as { code: number; out: string };
      if (code !== 0 || out !== `${'x'.repeat(size)}\r\nEND\r\n`) short.push(`run ${i}: code ${code}, ${out.length} chars, ends ${JSON.stringify(out.slice(-12))}`);
    }
    expect(short).toEqual([]);
  }, 300_000);
});
