/**
 * Warnings of `docker update` and `docker create` for limits the host cannot enforce, as dockerd
 * gives them: the CLI prints update warnings on stdout after the container names (create's on
 * stderr, "WARNING: ..."), and the discarded limit is not recorded. Which warnings apply depends
 * on the host's cgroups; the expectations are computed from the same files dockerd looks at.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dockerIt, suiteDaemon, type TestDaemon } from './harness';

const v2Controllers = existsSync('/sys/fs/cgroup/cgroup.controllers') ? readFileSync('/sys/fs/cgroup/cgroup.controllers', 'utf8').split(/\s+/) : [];
const hasBlkioWeight = existsSync('/sys/fs/cgroup/blkio/blkio.weight') || existsSync('/sys/fs/cgroup/blkio/blkio.bfq.weight') || v2Controllers.includes('io');
const hasSwap = existsSync('/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes') || v2Controllers.includes('memory');
const BLKIO_WARNING = 'Your kernel does not support Block I/O weight or the cgroup is not mounted. Weight discarded.';
const SWAP_WARNING = 'Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.';

describe('update and create warnings', () => {
  let daemon: TestDaemon;

  suiteDaemon((d) => (daemon = d));

  dockerIt('docker update prints the warnings after the names and drops the limit it cannot apply', async () => {
    expect((await daemon.docker(['run', '-d', '--network', 'none', '--name', 'upw', 'busybox', 'sleep', '60'])).code).toBe(0);
    const updated = await daemon.docker(['update', '--blkio-weight', '300', '--memory', '64m', '--memory-swap', '128m', 'upw']);
    expect(updated).toEqual({ code: 0, stdout: hasBlkioWeight ? 'upw\n' : `upw\n${BLKIO_WARNING}\n`, stderr: '' });
    const inspected = await daemon.docker(['inspect', '-f', '{{.HostConfig.BlkioWeight}} {{.HostConfig.Memory}} {{.HostConfig.MemorySwap}}', 'upw']);
    expect(inspected.stdout.trim()).toBe(`${hasBlkioWeight ? 300 : 0} ${64 << 20} ${hasSwap ? 128 << 20 : -1}`);
    // A limit the host enforces says nothing.
    expect(await daemon.docker(['update', '--cpu-shares', '512', 'upw'])).toEqual({ code: 0, stdout: 'upw\n', stderr: '' });
    // berth's CLI prints them as docker's does.
    const viaBerth = await daemon.berth(['update', '--blkio-weight', '400', 'upw']);
    expect(viaBerth).toMatchObject({ code: 0, stdout: hasBlkioWeight ? 'upw\n' : `upw\n${BLKIO_WARNING}\n` });
    expect((await daemon.docker(['rm', '-f', 'upw'])).code).toBe(0);
  });

  dockerIt('docker create warns on stderr for the same limits', async () => {
    const created = await daemon.docker(['create', '--network', 'none', '--name', 'crw', '--blkio-weight', '300', '--memory', '64m', 'busybox', 'true']);
    expect(created.code).toBe(0);
    const expected = [...(hasSwap ? [] : [SWAP_WARNING]), ...(hasBlkioWeight ? [] : [BLKIO_WARNING])].map((w) => `WARNING: ${w}\n`).join('');
    expect(created.stderr).toBe(expected);
    expect((await daemon.docker(['rm', 'crw'])).code).toBe(0);
  });
});
