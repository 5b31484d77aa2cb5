/**
 * The terminal side of an attached stream (run, start -a, attach, exec), as docker/cli's hijacked
 * streamer: output frames to stdout/stderr, stdin to the connection (its end half-closes it), a
 * TTY's input in raw mode and watched for the detach keys, the remote terminal kept at this
 * terminal's size, and, without a TTY, signals forwarded to the container (sig-proxy).
 */
import type { Writable } from 'node:stream';
import { attachedOutput, type Client, type HijackedConnection, type PendingWait, type WaitResponse } from '@berth/client';
import { DEFAULT_DETACH_KEYS, DetachKeyScanner, parseDetachKeys, StreamType } from '@berth/proto';
import { type CliIO, write } from '../context';

export interface AttachStreamOptions {
  /** Whether the remote side is a terminal (raw output, no stdcopy frames). */
  tty: boolean;
  /** Whether this terminal's input goes to the remote process. */
  withStdin: boolean;
  /** The detach keys (`ctrl-p,ctrl-q` when empty); watched for on a TTY only, as Docker does. */
  detachKeys?: string;
  /** Sizes the remote terminal (`height`, `width`): at once and on every resize of this one. */
  resize?: (height: number, width: number) => Promise<void>;
}

/** How an attached stream ended: the remote output ended, or the user typed the detach keys. */
export type AttachOutcome = 'ended' | 'detached';

type TerminalOut = Writable & { isTTY?: boolean; rows?: number; columns?: number };

/** The keys to watch for: the given ones, else (or when they do not parse, as docker/cli) the default. */
function detachKeyBytes(spec: string | undefined): Buffer {
  if (!spec) return DEFAULT_DETACH_KEYS;
  try {
    return parseDetachKeys(spec);
  } catch {
    return DEFAULT_DETACH_KEYS;
  }
}

/**
 * Keeps the remote terminal at the size of `out` (a terminal): now, and on each `resize` (SIGWINCH)
 * until the returned function is called. Failures are ignored: the process may have exited.
 */
export function monitorTerminalSize(stdout: Writable & { isTTY?: boolean }, resize: (height: number, width: number) => Promise<void>): () => void {
  const out = stdout as TerminalOut;
  if (out.isTTY !== true) return () => undefined;
  const send = () => {
    if (out.rows && out.columns) resize(out.rows, out.columns).catch(() => undefined);
  };
  send();
  out.on('resize', send);
  return () => out.off('resize', send);
}

/** Copies the attached streams until the remote output ends or the user detaches. */
export async function streamAttached(io: CliIO, conn: HijackedConnection, options: AttachStreamOptions): Promise<AttachOutcome> {
  const { socket } = conn;
  const { tty, withStdin } = options;
  const stdin = io.stdin;
  const rawMode = withStdin && tty && stdin.isTTY === true && typeof stdin.setRawMode === 'function';
  const scanner = withStdin && tty ? new DetachKeyScanner(detachKeyBytes(options.detachKeys)) : undefined;
  let detach: () => void = () => undefined;
  const detached = new Promise<'detached'>((resolve) => (detach = () => resolve('detached')));
  const onData = (chunk: Buffer) => {
    if (!scanner) {
      socket.write(chunk);
      return;
    }
    const { forward, detached: byKeys } = scanner.push(chunk);
    if (forward.length) socket.write(forward);
    if (byKeys) detach();
  };
  const onEnd = () => {
    const held = scanner?.flush();
    if (held?.length) socket.write(held);
    socket.end();
  };
  if (withStdin) {
    stdin.on('data', onData);
    stdin.once('end', onEnd);
    if (rawMode) stdin.setRawMode?.(true);
    stdin.resume();
  }
  const stopResize = tty && options.resize ? monitorTerminalSize(io.stdout, options.resize) : () => undefined;
  const output = (async (): Promise<'ended'> => {
    for await (const frame of attachedOutput(conn, tty)) {
      await write(frame.stream === StreamType.Stderr ? io.stderr : io.stdout, frame.payload);
    }
    return 'ended';
  })();
  try {
    return await Promise.race([output, detached]);
  } finally {
    output.catch(() => undefined);
    stopResize();
    if (withStdin) {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      if (rawMode) stdin.setRawMode?.(false);
      stdin.pause();
    }
    socket.destroy();
  }
}

/** What docker/cli's ForwardAllSignals leaves alone: child status, broken pipes, runtime and terminal-size signals. */
const NOT_FORWARDED = new Set(['SIGCHLD', 'SIGPIPE', 'SIGURG', 'SIGWINCH']);

/** The signals a Node process can catch and docker/cli forwards (SIGKILL/SIGSTOP cannot be caught; faults are not signals to pass on). */
const FORWARDED_SIGNALS: NodeJS.Signals[] = ([
  'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGTRAP', 'SIGABRT', 'SIGUSR1', 'SIGUSR2', 'SIGALRM', 'SIGTERM', 'SIGCONT', 'SIGTSTP', 'SIGTTIN',
  'SIGTTOU', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF', 'SIGIO', 'SIGPWR', 'SIGSYS',
] as NodeJS.Signals[]).filter((s) => !NOT_FORWARDED.has(s));

/**
 * sig-proxy: every signal this process receives (but those above) is sent to the container through
 * the kill API, by name without `SIG` as docker/cli sends it, until the returned function is called.
 * A container that exited meanwhile makes the kill fail; that is not this command's failure.
 */
export function forwardSignals(client: Client, containerId: string): () => void {
  const handlers = FORWARDED_SIGNALS.map((signal) => {
    const handler = () => void client.killContainer(containerId, { signal: signal.slice(3) }).catch(() => undefined);
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

/** How long to let output drain after the container's exit status arrived first. */
const OUTPUT_GRACE_MS = 2000;

/**
 * Lets the attached `output` (from `streamAttached` over `conn`) finish, then settles the `wait`:
 * when the exit status comes first the output gets a short grace to drain before the connection
 * is cut. A detach ends it at once (the container keeps running; there is no status to wait for).
 */
export async function outputThenExit(
  conn: HijackedConnection,
  output: Promise<AttachOutcome>,
  wait: PendingWait,
): Promise<{ result: WaitResponse } | { error: unknown } | { detached: true }> {
  const exited = wait.result.then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  const first = await Promise.race([output.then(() => 'output' as const), exited.then(() => 'exit' as const)]);
  if (first === 'exit') {
    // The daemon closes the stream after the last output; give it a moment before cutting it.
    const grace = new Promise<void>((resolve) => setTimeout(resolve, OUTPUT_GRACE_MS).unref());
    await Promise.race([output.catch(() => undefined), grace]);
    conn.socket.destroy();
    await output.catch(() => undefined);
  } else if ((await output) === 'detached') {
    return { detached: true };
  }
  return exited;
}
