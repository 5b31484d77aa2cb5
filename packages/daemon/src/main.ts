import { join } from 'node:path';
import { messageOf } from '@berth/errdefs';
import { BERTH_VERSION } from '@berth/engine';
import { loadDaemonOptions, parseFlagArgs, USAGE, type DaemonOptions } from './flags';
import { startDaemon } from './daemon';
import { collectWhenIdle } from './idle';
import { createLog } from './log';

// Before the options are known (and after a failed start), everything is logged.
let options: DaemonOptions | undefined;
const log = createLog(() => options?.logLevel ?? 'debug');

async function main(): Promise<void> {
  let given;
  try {
    given = parseFlagArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${messageOf(err)}\n\n${USAGE}`);
    process.exit(125);
  }
  if (given === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (given === 'version') {
    process.stdout.write(`berthd version ${BERTH_VERSION}\n`);
    return;
  }
  let opts: DaemonOptions;
  try {
    opts = loadDaemonOptions(given);
  } catch (err) {
    // dockerd: a configuration the file makes invalid is no usage error; status 1, the message alone.
    process.stderr.write(`${messageOf(err)}\n`);
    process.exit(1);
  }
  options = opts;
  log(`options: ${JSON.stringify(opts.settings)}`, 'debug');
  const shimBinary = process.env.BERTH_SHIM_BINARY ?? join(__dirname, 'berth-shim.js');
  const daemon = await startDaemon(opts, shimBinary, log);
  log(`berthd ${BERTH_VERSION} started (data-root ${opts.dataRoot}, exec-root ${opts.execRoot})`);
  collectWhenIdle({
    onActivity: (listener) => daemon.engine.events.subscribe(listener, { internal: true }),
    liveContainers: () => {
      const { running, paused } = daemon.engine.containers.count;
      return running + paused;
    },
  });
  const shutdown = (signal: string) => {
    log(`received ${signal}, shutting down`);
    daemon.stop().then(
      () => process.exit(0),
      (err) => {
        log(`shutdown failed: ${messageOf(err)}`, 'error');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGHUP', () => daemon.reload());
}

main().catch((err) => {
  log(`failed to start daemon: ${messageOf(err)}`, 'fatal');
  process.exit(1);
});
