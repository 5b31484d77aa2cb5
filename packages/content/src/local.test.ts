import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sha256Digest } from '@berth/reference';
import { describeContentStore, openContentStore, writeBlob } from './index';

describeContentStore('local', async () => {
  const root = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-content-'));
  return {
    store: await openContentStore(root),
    cleanup: () => fs.promises.rm(root, { recursive: true, force: true }),
  };
});

describe('local content store layout', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'berth-content-'));
  });
  afterEach(async () => {
    await fs.promises.rm(root, { recursive: true, force: true });
  });

  it('stores blobs under blobs/sha256/<hex> and empties the ingest area', async () => {
    const store = await openContentStore(root);
    const data = Buffer.from('layout');
    await writeBlob(store, 'x', data);
    const hex = sha256Digest(data).slice('sha256:'.length);
    expect(fs.readFileSync(path.join(root, 'blobs', 'sha256', hex)).equals(data)).toBe(true);
    expect(fs.readdirSync(path.join(root, 'ingest'))).toEqual([]);
    await expect(writeBlob(store, 'y', data, { digest: sha256Digest('no') })).rejects.toThrow();
    expect(fs.readdirSync(path.join(root, 'ingest'))).toEqual([]);
  });

  it('discards ingests left by a crashed process and keeps committed blobs and labels', async () => {
    const store = await openContentStore(root);
    const info = await writeBlob(store, 'kept', Buffer.from('kept'), undefined, { 'berth.io/gc.root': 'x' });
    const stale = await store.writer('stale');
    await stale.write(Buffer.from('half'));
    // The process "dies" here: reopen without committing or aborting.
    const reopened = await openContentStore(root);
    expect(fs.readdirSync(path.join(root, 'ingest'))).toEqual([]);
    expect((await reopened.info(info.digest)).labels).toEqual({ 'berth.io/gc.root': 'x' });
    await stale.abort();
  });
});
