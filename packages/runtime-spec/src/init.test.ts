import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { initBinaryPath } from './init';

/** Runs berth-init on the host (not as pid 1: signal forwarding and exit codes work the same). */
function runInit(args: string[], afterStart?: (pid: number) => void): Promise<{ code: number | null; ms: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(initBinaryPath(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('spawn', () => afterStart?.(child.pid as number));
    child.on('close', (code) => resolve({ code, ms: Date.now() - started, stderr }));
  });
}

describe('berth-init', () => {
  it('is built and found', () => {
    expect(existsSync(initBinaryPath())).toBe(true);
  });

  it('exits with the command status, 127 for a missing command, 2 without one', async () => {
    expect((await runInit(['--', 'sh', '-c', 'exit 7'])).code).toBe(7);
    const missing = await runInit(['--', '/nonexistent/cmd']);
    expect(missing.code).toBe(127);
    expect(missing.stderr).toMatch(/exec \/nonexistent\/cmd: No such file or directory/);
    expect((await runInit([])).code).toBe(2);
  });

  it('forwards SIGTERM to the command: 143 quickly', async () => {
    const result = await runInit(['--', 'sleep', '100'], (pid) => setTimeout(() => process.kill(pid, 'SIGTERM'), 200));
    expect(result.code).toBe(143);
    expect(result.ms).toBeLessThan(5000);
  });

  it('BERTH_INIT_BINARY overrides the lookup', () => {
    const saved = process.env.BERTH_INIT_BINARY;
    try {
      process.env.BERTH_INIT_BINARY = '/bin/true';
      expect(initBinaryPath()).toBe('/bin/true');
    } finally {
      if (saved === undefined) delete process.env.BERTH_INIT_BINARY;
      else process.env.BERTH_INIT_BINARY = saved;
    }
  });
});
