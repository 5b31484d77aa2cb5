/**
 * berth-shim: supervises containers through runc and serves the task API on a unix socket.
 *   berth-shim --address <socket> --state-dir <dir> [--runtime runc] [--runtime-arg <arg>]... [--runtime-root <dir>] [--debug]
 */
import { mkdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { parseArgs } from 'node:util';
import { messageOf } from '@berth/errdefs';
import { serveUnix, ShimV1TaskService, type UnixServer } from '@berth/proto';
import { setChildSubreaper } from '@berth/sys';
import { TaskSupervisor } from './supervisor';
import { SHIM_VERSION } from './version';
import { taskServiceHandlers } from './wire';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      address: { type: 'string' },
      'state-dir': { type: 'string' },
      runtime: { type: 'string', default: 'runc' },
      'runtime-arg': { type: 'string', multiple: true },
      'runtime-root': { type: 'string' },
      debug: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const address = values.address;
  const stateDir = values['state-dir'];
  if (!address || !stateDir) throw new Error('usage: berth-shim --address <socket> --state-dir <dir> [--runtime runc] [--runtime-root <dir>] [--debug]');
  const runtimeRoot = values['runtime-root'] ?? `${stateDir}/runc`;
  const log = values.debug ? (message: string) => process.stderr.write(`${new Date().toISOString()} berth-shim[${process.pid}] ${message}\n`) : undefined;

  // Container inits are re-parented to us when runc exits; only then can we collect their status.
  setChildSubreaper();
  mkdirSync(stateDir, { recursive: true, mode: 0o711 });
  mkdirSync(runtimeRoot, { recursive: true, mode: 0o700 });
  await removeStaleSocket(address);

  const supervisor = new TaskSupervisor({ stateDir, runtime: values.runtime!, runtimeArgs: values['runtime-arg'], runtimeRoot, log });
  // A predecessor that died with this state dir left tasks behind: take them over before serving.
  const adopted = await supervisor.adopt();
  if (adopted.length > 0) log?.(`re-adopted ${adopted.join(', ')}`);
  supervisor.startReaping();
  let server: UnixServer | undefined;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Let the Shutdown answer reach the client before the socket goes away.
    setTimeout(() => {
      void (server ? server.close(500) : Promise.resolve()).finally(() => process.exit(0));
    }, 20);
  };
  server = await serveUnix(address, [[ShimV1TaskService, taskServiceHandlers(supervisor, { pid: process.pid, version: SHIM_VERSION }, stop)]]);
  log?.(`serving ${address}`);

  const terminate = () => void supervisor.shutdown().finally(stop);
  process.on('SIGTERM', terminate);
  process.on('SIGINT', terminate);
  // A supervisor that dies orphans its containers and loses their exit codes: log and carry on.
  process.on('uncaughtException', (err) => process.stderr.write(`berth-shim: uncaught: ${err.stack ?? messageOf(err)}\n`));
  process.on('unhandledRejection', (err) => process.stderr.write(`berth-shim: unhandled: ${messageOf(err)}\n`));
}

/** A socket file nobody accepts on is left over from a dead shim; a live one means the address is taken. */
async function removeStaleSocket(address: string): Promise<void> {
  const live = await new Promise<boolean>((resolve) => {
    const socket = connect(address);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (live) throw new Error(`another process already serves ${address}`);
  rmSync(address, { force: true });
}

main().catch((err: unknown) => {
  process.stderr.write(`berth-shim: ${messageOf(err)}\n`);
  process.exit(1);
});
