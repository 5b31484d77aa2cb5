/**
 * @internal Helpers for this package's tests that run bundles under real runc. Not exported from
 * the package's index.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command (at once); the promise settles with its exit code and output when it ends. */
export function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every cgroup v1 hierarchy and the v2 mount, where runc may create the container's cgroup. */
export async function cgroupDirs(cgroupsPath: string): Promise<string[]> {
  const mountinfo = await fs.readFile('/proc/self/mountinfo', 'utf8');
  return mountinfo
    .split('\n')
    .filter((line) => / - cgroup2? /.test(line))
    .map((line) => path.join(line.split(' ')[4], cgroupsPath));
}

/** The directory of `cgroupsPath` in the cgroup v1 hierarchy of `controller`, if that hierarchy exists. */
export async function cgroupV1Dir(controller: string, cgroupsPath: string): Promise<string | undefined> {
  const mountinfo = await fs.readFile('/proc/self/mountinfo', 'utf8');
  const line = mountinfo
    .split('\n')
    .find((l) => / - cgroup /.test(l) && l.split(' - ')[1].split(' ')[2].split(',').includes(controller));
  return line ? path.join(line.split(' ')[4], cgroupsPath) : undefined;
}

/** A minimal root filesystem: static busybox and the given applets, root in /etc/passwd. */
export async function busyboxRootfs(rootfs: string, applets: string[] = []): Promise<void> {
  await fs.mkdir(path.join(rootfs, 'bin'), { recursive: true });
  await fs.mkdir(path.join(rootfs, 'etc'), { recursive: true });
  await fs.copyFile('/bin/busybox', path.join(rootfs, 'bin/busybox'));
  await fs.chmod(path.join(rootfs, 'bin/busybox'), 0o755);
  for (const applet of new Set(['sh', 'echo', 'id', 'cat', 'hostname', 'grep', 'wc', ...applets])) {
    await fs.symlink('busybox', path.join(rootfs, 'bin', applet));
  }
  await fs.writeFile(path.join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  await fs.writeFile(path.join(rootfs, 'etc/group'), 'root:x:0:root\nwheel:x:10:root\n');
}
