import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '@berth/sys';

/**
 * A lease protects what one load, import or commit creates until it is recorded as an image.
 * The lease file (`<root>/leases/<id>.json`) is written before the first blob or snapshot is made
 * and lists the blobs and snapshots created so far; it is deleted once the image record is
 * written (or the work is rolled back). A lease file found when the store opens belongs to work
 * that was killed: everything it lists, and every blob or image snapshot created after it started,
 * is rolled back unless a recorded image uses it.
 */
export interface LeaseRecord {
  id: string;
  /** ISO time the lease started; things created from then on may belong to it. */
  created: string;
  blobs: string[];
  snapshots: string[];
}

export class Lease {
  private readonly record: LeaseRecord;

  private constructor(private readonly file: string, id: string) {
    this.record = { id, created: new Date().toISOString(), blobs: [], snapshots: [] };
  }

  static async begin(root: string): Promise<Lease> {
    const id = randomBytes(8).toString('hex');
    const lease = new Lease(path.join(root, 'leases', `${id}.json`), id);
    await lease.save();
    return lease;
  }

  get id(): string {
    return this.record.id;
  }

  /** Record a blob or snapshot this work creates; snapshots are recorded before they are made. */
  async add(what: { blobs?: Iterable<string>; snapshots?: Iterable<string> }): Promise<void> {
    const blobs = [...(what.blobs ?? [])].filter((b) => !this.record.blobs.includes(b));
    const snapshots = [...(what.snapshots ?? [])].filter((s) => !this.record.snapshots.includes(s));
    if (blobs.length === 0 && snapshots.length === 0) return;
    this.record.blobs.push(...blobs);
    this.record.snapshots.push(...snapshots);
    await this.save();
  }

  async end(): Promise<void> {
    await fs.promises.rm(this.file, { force: true });
  }

  private save(): Promise<void> {
    return writeFileAtomic(this.file, JSON.stringify(this.record));
  }
}

/** Leases left by work that was killed, oldest first. Unreadable (torn) files count as leases too. */
export async function leftoverLeases(root: string): Promise<{ file: string; record: LeaseRecord | undefined }[]> {
  const dir = path.join(root, 'leases');
  await fs.promises.mkdir(dir, { recursive: true });
  const found: { file: string; record: LeaseRecord | undefined }[] = [];
  for (const name of (await fs.promises.readdir(dir)).sort()) {
    const file = path.join(dir, name);
    let record: LeaseRecord | undefined;
    try {
      record = JSON.parse(await fs.promises.readFile(file, 'utf8')) as LeaseRecord;
    } catch {
      record = undefined;
    }
    found.push({ file, record });
  }
  return found;
}
