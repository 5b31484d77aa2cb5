import { encodeFrame, FrameDecoder, StreamType, frameDecoderStream, MAX_FRAME } from './stdcopy';

describe('stdcopy framing', () => {
  it('encodes Docker\'s 8-byte header', () => {
    const frame = encodeFrame(StreamType.Stderr, Buffer.from('hi'));
    expect([...frame]).toEqual([2, 0, 0, 0, 0, 0, 0, 2, 0x68, 0x69]);
  });

  it('decodes frames split at every byte boundary', () => {
    const wire = Buffer.concat([encodeFrame(StreamType.Stdout, Buffer.from('hello\n')), encodeFrame(StreamType.Stderr, Buffer.alloc(0)), encodeFrame(StreamType.Stderr, Buffer.from('oops'))]);
    for (let cut = 0; cut <= wire.length; cut++) {
      const d = new FrameDecoder();
      const frames = [...d.push(wire.subarray(0, cut)), ...d.push(wire.subarray(cut))];
      expect(frames.map((f) => [f.stream, f.payload.toString()])).toEqual([[1, 'hello\n'], [2, ''], [2, 'oops']]);
      expect(d.buffered).toBe(0);
    }
  });

  it('rejects corrupt headers and oversized frames', () => {
    expect(() => new FrameDecoder().push(Buffer.from([9, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/bad frame header/);
    const huge = Buffer.alloc(8);
    huge[0] = 1;
    huge.writeUInt32BE(MAX_FRAME + 1, 4);
    expect(() => new FrameDecoder().push(huge)).toThrow(/exceeds/);
  });

  it('reports truncation at end of stream', async () => {
    const s = frameDecoderStream();
    const done = new Promise((resolve, reject) => { s.on('error', reject); s.on('finish', resolve); s.resume(); });
    s.end(encodeFrame(StreamType.Stdout, Buffer.from('abc')).subarray(0, 9));
    await expect(done).rejects.toThrow(/inside a frame/);
  });
});
