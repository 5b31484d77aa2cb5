import { DEFAULT_DETACH_KEYS, DetachKeyScanner, parseDetachKeys } from './detach-keys';

describe('parseDetachKeys', () => {
  it('reads control keys, single characters and DEL as moby/term does', () => {
    expect(parseDetachKeys('ctrl-p,ctrl-q')).toEqual(DEFAULT_DETACH_KEYS);
    expect([...parseDetachKeys('ctrl-@,ctrl-a,ctrl-z,ctrl-[,ctrl-\\,ctrl-],ctrl-^,ctrl-_')]).toEqual([0, 1, 26, 27, 28, 29, 30, 31]);
    expect([...parseDetachKeys('ctrl-x,x')]).toEqual([24, 120]);
    expect([...parseDetachKeys('a,X,DEL')]).toEqual([97, 88, 127]);
  });

  it('refuses what it does not know, naming the key', () => {
    expect(() => parseDetachKeys('ctrl-1')).toThrow("Unknown character: 'ctrl-1'");
    expect(() => parseDetachKeys('ctrl-P')).toThrow("Unknown character: 'ctrl-P'");
    expect(() => parseDetachKeys('ab')).toThrow("Unknown character: 'ab'");
    expect(() => parseDetachKeys('a,,b')).toThrow("Unknown character: ''");
  });
});

describe('DetachKeyScanner', () => {
  const text = (b: Buffer) => b.toString('latin1');

  it('forwards input without the keys untouched', () => {
    const scanner = new DetachKeyScanner();
    expect(scanner.push(Buffer.from('hello\n'))).toEqual({ forward: Buffer.from('hello\n'), detached: false });
  });

  it('detaches on the sequence in one chunk, forwarding only what came before it', () => {
    const scanner = new DetachKeyScanner();
    const result = scanner.push(Buffer.from('ls\x10\x11rest'));
    expect(result.detached).toBe(true);
    expect(text(result.forward)).toBe('ls');
  });

  it('holds a partial match back across chunks and drops it when the sequence completes', () => {
    const scanner = new DetachKeyScanner();
    const first = scanner.push(Buffer.from('a\x10'));
    expect(first).toEqual({ forward: Buffer.from('a'), detached: false });
    const second = scanner.push(Buffer.from('\x11'));
    expect(second.detached).toBe(true);
    expect(second.forward.length).toBe(0);
  });

  it('flushes a held partial match ahead of the byte that breaks it', () => {
    const scanner = new DetachKeyScanner();
    expect(text(scanner.push(Buffer.from('\x10')).forward)).toBe('');
    expect(scanner.push(Buffer.from('x'))).toEqual({ forward: Buffer.from('\x10x'), detached: false });
  });

  it('restarts the match on a repeated first key (ctrl-p ctrl-p ctrl-q detaches after one ctrl-p)', () => {
    const scanner = new DetachKeyScanner();
    const result = scanner.push(Buffer.from('\x10\x10\x11'));
    expect(result.detached).toBe(true);
    expect(text(result.forward)).toBe('\x10');
  });

  it('finds a sequence that overlaps itself (a,a,b in aaab)', () => {
    const scanner = new DetachKeyScanner(parseDetachKeys('a,a,b'));
    const result = scanner.push(Buffer.from('xaaab'));
    expect(result.detached).toBe(true);
    expect(text(result.forward)).toBe('xa');
  });

  it('gives back what it holds when the input ends', () => {
    const scanner = new DetachKeyScanner(parseDetachKeys('ctrl-x,x'));
    expect(text(scanner.push(Buffer.from('ab\x18')).forward)).toBe('ab');
    expect(text(scanner.flush())).toBe('\x18');
    expect(text(scanner.flush())).toBe('');
  });

  it('never detaches with an empty sequence', () => {
    const scanner = new DetachKeyScanner(Buffer.alloc(0));
    expect(scanner.push(Buffer.from('\x10\x11'))).toEqual({ forward: Buffer.from('\x10\x11'), detached: false });
  });
});
