import { humanDuration, statusText, createdState } from './status';
import { randomName, validateContainerName, newContainerId } from './names';

describe('status text', () => {
  it('formats durations as docker does', () => {
    expect(humanDuration(400)).toBe('Less than a second');
    expect(humanDuration(1000)).toBe('1 second');
    expect(humanDuration(45_000)).toBe('45 seconds');
    expect(humanDuration(65_000)).toBe('About a minute');
    expect(humanDuration(10 * 60_000)).toBe('10 minutes');
    expect(humanDuration(3 * 3600_000)).toBe('3 hours');
    expect(humanDuration(5 * 24 * 3600_000)).toBe('5 days');
  });

  it('describes each state', () => {
    const now = Date.parse('2026-01-01T00:01:00Z');
    const s = createdState();
    expect(statusText(s, now)).toBe('Created');
    expect(statusText({ ...s, Status: 'running', StartedAt: '2026-01-01T00:00:57Z' }, now)).toBe('Up 3 seconds');
    expect(statusText({ ...s, Status: 'exited', ExitCode: 3, FinishedAt: '2026-01-01T00:00:00Z' }, now)).toBe('Exited (3) About a minute ago');
  });
});

describe('names', () => {
  it('generates adjective_surname names that pass validation', () => {
    for (let i = 0; i < 50; i++) {
      const name = randomName();
      expect(name).toMatch(/^[a-z]+_[a-z]+$/);
      expect(validateContainerName(name)).toBe(name);
    }
  });
  it('rejects names docker rejects and strips the slash', () => {
    expect(validateContainerName('/web-1')).toBe('web-1');
    expect(() => validateContainerName('a')).toThrow(/Invalid container name/);
    expect(() => validateContainerName('has space')).toThrow(/Invalid container name/);
    expect(() => validateContainerName('-lead')).toThrow(/Invalid container name/);
  });
  it('makes 64-hex ids', () => {
    expect(newContainerId()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('cgroupVersionOf', () => {
  it('reads the hierarchy type from the filesystem magic, not from what happens to be mounted', () => {
    const { cgroupVersionOf } = require('../system') as typeof import('../system');
    // Whatever this host is, a plain directory is never the unified hierarchy.
    expect(cgroupVersionOf(require('node:os').tmpdir())).toBe('1');
    expect(cgroupVersionOf('/nonexistent/cgroup')).toBe('1');
    const unified = require('node:fs').existsSync('/sys/fs/cgroup/unified/cgroup.controllers');
    if (unified) expect(cgroupVersionOf('/sys/fs/cgroup/unified')).toBe('2');
  });
});
