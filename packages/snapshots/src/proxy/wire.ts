import { invalidArgument } from '@berth/errdefs';
import { dateToTimestamp, pb, timestampToDate } from '@berth/proto';
import type { Mount } from '@berth/sys';
import type { SnapshotInfo, SnapshotKind } from '../snapshotter';

/** Conversions between the Snapshotter's types and berth.snapshots.v1 messages, shared by both ends. */

const Kind = pb.snapshots.v1.Kind;

const KIND_TO_WIRE: Record<SnapshotKind, pb.snapshots.v1.Kind> = {
  active: Kind.KIND_ACTIVE,
  committed: Kind.KIND_COMMITTED,
  view: Kind.KIND_VIEW,
};

export function infoToWire(info: SnapshotInfo): pb.snapshots.v1.IInfo {
  return {
    key: info.key,
    parent: info.parent ?? '',
    kind: KIND_TO_WIRE[info.kind],
    created: dateToTimestamp(info.created),
    labels: info.labels,
  };
}

export function infoFromWire(info: pb.snapshots.v1.IInfo | null | undefined): SnapshotInfo {
  if (!info) throw invalidArgument('snapshotter proxy: answer without snapshot info');
  const kind = (Object.keys(KIND_TO_WIRE) as SnapshotKind[]).find((k) => KIND_TO_WIRE[k] === info.kind);
  if (kind === undefined) throw invalidArgument(`snapshotter proxy: unknown snapshot kind ${String(info.kind)}`);
  const result: SnapshotInfo = {
    key: info.key ?? '',
    kind,
    created: timestampToDate(info.created) ?? new Date(0),
    labels: { ...(info.labels ?? {}) },
  };
  if (info.parent) result.parent = info.parent;
  return result;
}

export function mountsFromWire(mounts: pb.snapshots.v1.IMount[] | null | undefined): Mount[] {
  return (mounts ?? []).map((m) => ({ type: m.type ?? '', source: m.source ?? '', options: [...(m.options ?? [])] }));
}

/** Decoded int64 fields arrive as a number or a protobufjs `Long`; byte and inode counts fit a double. */
export function int64ToNumber(value: number | { toNumber(): number } | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

/** `unix:///run/x.sock` or a bare absolute path → the socket path. Other schemes are refused. */
export function socketPathOf(address: string): string {
  if (address.startsWith('unix://')) {
    const p = address.slice('unix://'.length);
    if (p.startsWith('/')) return p;
  } else if (address.startsWith('/')) {
    return address;
  }
  throw invalidArgument(`snapshotter proxy: address must be unix:///absolute/path, got ${JSON.stringify(address)}`);
}
