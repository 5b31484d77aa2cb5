/**
 * Detach keys: the key sequence that ends an attached session while the container keeps running
 * (default ctrl-p ctrl-q). The format is moby/term's `ToBytes`: comma-separated keys, each a
 * single character or `ctrl-@`, `ctrl-a` … `ctrl-z`, `ctrl-[`, `ctrl-\`, `ctrl-]`, `ctrl-^`,
 * `ctrl-_` (bytes 0 to 31), or `DEL`. Both ends use them: the daemon on an attached TTY's input,
 * the CLI on the user's terminal.
 */

/** ctrl-p, ctrl-q */
export const DEFAULT_DETACH_KEYS: Buffer = Buffer.from([16, 17]);

/** The control keys in byte order: `ctrl-@` is 0, `ctrl-a` is 1, … `ctrl-_` is 31. */
const CONTROL_KEYS = ['@', ...'abcdefghijklmnopqrstuvwxyz', '[', '\\', ']', '^', '_'].map((c) => `ctrl-${c}`);

/** The bytes of a detach-key spec; throws an Error naming the first key it does not know. */
export function parseDetachKeys(spec: string): Buffer {
  const bytes: number[] = [];
  for (const key of spec.split(',')) {
    if (key.length === 1) {
      bytes.push(key.charCodeAt(0) & 0xff);
      continue;
    }
    const control = CONTROL_KEYS.indexOf(key);
    if (control >= 0) bytes.push(control);
    else if (key === 'DEL') bytes.push(127);
    else throw new Error(`Unknown character: '${key}'`);
  }
  return Buffer.from(bytes);
}

/** What a scanned chunk of input becomes: the bytes to forward, and whether the keys completed. */
export interface ScanResult {
  forward: Buffer;
  detached: boolean;
}

/**
 * Watches a client's input for the detach keys. Bytes that could start the sequence are held
 * back until the sequence completes (they are dropped: the keys never reach the container) or
 * breaks (they are forwarded, in order, ahead of what broke it). Matching is byte by byte across
 * chunks, so keys arriving in one read or several are found alike.
 */
export class DetachKeyScanner {
  /** How many bytes of the sequence are matched (and held back) so far. */
  private matched = 0;

  constructor(private readonly keys: Buffer = DEFAULT_DETACH_KEYS) {}

  push(chunk: Buffer): ScanResult {
    if (this.keys.length === 0) return { forward: chunk, detached: false };
    const out: number[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === this.keys[this.matched]) {
        this.matched++;
        if (this.matched === this.keys.length) {
          this.matched = 0;
          return { forward: Buffer.from(out), detached: true };
        }
        continue;
      }
      // The held bytes and this one are not the sequence: what cannot start it any more goes out,
      // the longest tail that still can stays held (`ctrl-p ctrl-p ctrl-q` detaches).
      const held = [...this.keys.subarray(0, this.matched), byte];
      let keep = held.length - 1;
      while (keep > 0 && !held.slice(held.length - keep).every((b, j) => b === this.keys[j])) keep--;
      out.push(...held.slice(0, held.length - keep));
      this.matched = keep;
    }
    return { forward: Buffer.from(out), detached: false };
  }

  /** The bytes still held back (input ended in the middle of a possible sequence). */
  flush(): Buffer {
    const out: number[] = [];
    this.release(out);
    return Buffer.from(out);
  }

  private release(out: number[]): void {
    for (let j = 0; j < this.matched; j++) out.push(this.keys[j]);
    this.matched = 0;
  }
}

