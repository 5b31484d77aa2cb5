import { join } from 'node:path';
import { messageOf } from '@berth/errdefs';
import { BERTH_VERSION } from '@berth/engine';
import { parseDaemonArgs, USAGE } from './flags';
import { startDaemon } from './daemon';

function log(msg: string): void {
  process.stderr.write(`${new Date().toISOString()} ${msg}\n`);
}

async function main(): Promise<void> {
  let opts;
  try {
    opts = parseDaemonArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${messageOf(err)}\n\n${USAGE}`);
    process.exit(125);
  }
  if (opts === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (opts === 'version') {
    process.stdout.write(`berthd version ${BERTH_VERSION}\n`);
    return;
  }
  const shimBinary = process.env.BERTH_SHIM_BINARY ?? join(__dirname, 'berth-shim.js');
  const daemon = await startDaemon(opts, shimBinary, log);
  log(`berthd ${BERTH_VERSION} started (data-root ${opts.dataRoot}, exec-root ${opts.execRoot})`);
  const shutdown = (signal: string) => {
    log(`received ${signal}, shutting down`);
    daemon.stop().then(
      () => process.exit(0),
      (err) => {
        log(`shutdown failed: ${messageOf(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err) => {
  log(`failed to start daemon: ${messageOf(err)}`);
  process.exit(1);
});
