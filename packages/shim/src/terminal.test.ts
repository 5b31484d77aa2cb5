/**
 * A Terminal's output is all the process wrote, even when the process writes more than the line
 * discipline holds and exits at once (the pty's hang-up then comes while output is still queued
 * in the kernel). A real pty: python opens it, sends the master over a unix socket as runc does,
 * writes through the slave on cue and closes it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FdReceiver } from '@berth/sys';
import { Terminal } from './stdio';

const WRITER = `
import os, pty, socket, sys, tty
master, slave = pty.openpty()
tty.setraw(slave)
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect(sys.argv[1])
socket.send_fds(s, [b'pty'], [master])
s.close()
os.close(master)
print('sent', flush=True)
sys.stdin.readline()
size = int(sys.argv[2])
data = (b'x' * (size - 4)) + b'END\\n'
view = memoryview(data)
while view:
    n = os.write(slave, view[:8192])
    view = view[n:]
os.close(slave)
`;

function readAll(terminal: Terminal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const source = terminal.outputs[0]!.source;
  return new Promise((resolve) => {
    source.on('data', (c: Buffer) => chunks.push(c));
    source.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

describe('Terminal', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'berth-pty-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('relays every byte a process wrote before it closed the terminal', async () => {
    const size = 256 * 1024;
    for (let round = 0; round < 5; round++) {
      const path = join(dir, `console-${round}.sock`);
      const receiver = FdReceiver.listen(path);
      const writer = spawn('python3', ['-c', WRITER, path, String(size)], { stdio: ['pipe', 'pipe', 'inherit'] });
      const exited = new Promise<number | null>((r) => writer.on('exit', (code) => r(code)));
      await new Promise<void>((r) => writer.stdout.once('data', () => r()));
      const terminal = new Terminal(receiver.receive());
      receiver.close();
      const output = readAll(terminal);
      // The master is being read before the writer starts: the hang-up comes mid-stream.
      await new Promise((r) => setTimeout(r, 50));
      writer.stdin.end('go\n');
      const received = await output;
      expect(await exited).toBe(0);
      expect(received.length).toBe(size);
      expect(received.subarray(-4).toString()).toBe('END\n');
      terminal.destroy();
    }
  }, 60_000);
});
