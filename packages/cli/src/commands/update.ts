import { containerAdminOf, type ContainerUpdateRequest } from '@berth/client';
import { type Command, StatusError, write } from '../context';
import type { FlagSpec } from '../flags';
import { goInt, nanoCpus, ramInBytes, swapBytes } from '../opts/values';
import { forEachContainer } from './each-container';
import { parseRestartPolicy } from './restart-policy';
import { CONTAINER_FLAGS } from './run-flags';

/** The resource flags `update` shares with `run` (same names, types and checks). */
const SHARED = ['blkio-weight', 'cpu-period', 'cpu-quota', 'cpu-shares', 'cpus', 'cpuset-cpus', 'cpuset-mems', 'memory', 'memory-reservation', 'memory-swap', 'pids-limit'];

const FLAGS: FlagSpec[] = [
  ...CONTAINER_FLAGS.filter((f) => SHARED.includes(f.name)),
  { name: 'restart', kind: 'string' as const, usage: 'Restart policy to apply when a container exits' },
].sort((a, b) => a.name.localeCompare(b.name));

/** `berth update`: new resource limits and restart policy for each container, as `docker update`. */
export const updateCommand: Command = {
  spec: {
    name: 'update',
    use: 'update [OPTIONS] CONTAINER [CONTAINER...]',
    description: 'Update configuration of one or more containers',
    aliases: ['container update', 'update'],
    flags: FLAGS,
    minArgs: 1,
  },
  async run(ctx, flags) {
    if (!FLAGS.some((f) => flags.changed(f.name))) throw new StatusError('you must provide one or more flags when using this command', 1);
    const text = (name: string) => flags.string(name);
    const number = (name: string, parse: (v: string) => number) => (text(name) ? parse(text(name)) : 0);
    let restartPolicy: ContainerUpdateRequest['RestartPolicy'];
    if (text('restart')) {
      try {
        restartPolicy = parseRestartPolicy(text('restart'));
      } catch (err) {
        throw new StatusError((err as Error).message, 1);
      }
    }
    const body: ContainerUpdateRequest = {
      BlkioWeight: number('blkio-weight', (v) => goInt(v, { unsigned: true, bits: 16 })),
      CpusetCpus: text('cpuset-cpus'),
      CpusetMems: text('cpuset-mems'),
      CpuShares: number('cpu-shares', goInt),
      Memory: number('memory', ramInBytes),
      MemoryReservation: number('memory-reservation', ramInBytes),
      MemorySwap: number('memory-swap', swapBytes),
      CpuPeriod: number('cpu-period', goInt),
      CpuQuota: number('cpu-quota', goInt),
      NanoCpus: number('cpus', nanoCpus),
      ...(number('pids-limit', goInt) !== 0 ? { PidsLimit: number('pids-limit', goInt) } : {}),
      ...(restartPolicy ? { RestartPolicy: restartPolicy } : {}),
    };
    const api = containerAdminOf(ctx.client());
    const warnings: string[] = [];
    try {
      await forEachContainer(ctx, flags.args, async (ref) => {
        const answer = await api.update(ref, body);
        warnings.push(...(answer.Warnings ?? []));
      });
    } finally {
      if (warnings.length > 0) await write(ctx.io.stdout, `${warnings.join('\n')}\n`);
    }
  },
};

