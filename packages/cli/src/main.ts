// The `berth` binary's entry point (bundled into bin/berth.js): run one invocation and exit.
import { runCli } from './cli';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }).then((code) => process.exit(code));
