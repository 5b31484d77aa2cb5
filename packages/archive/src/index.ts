/**
 * @berth/archive — layer tars: read and write them (ustar + PAX + GNU long names, xattrs), sniff
 * and undo their compression, apply one onto a directory with the OCI whiteout rules and path
 * safety for untrusted input, pack a directory as a layer, list a container's changes (`docker
 * diff`) and write them as a layer (commit), or write a layer stack's merged view (`docker export`).
 */
export type { TarEntryType, TarEntryHeader } from './header';
export { readTar } from './read';
export { TarWriter, type TarEntryInput } from './write';
export { detectCompression, decompressStream, compressStream, type Compression } from './compression';
export { applyLayer, type ApplyOptions, type ApplyResult, type IdShift, type IdMapRange } from './apply';
export { writeDirAsTar, writePathAsTar } from './pack';
export { resolveInRoot, type ResolveInRootOptions } from './resolve';
export { overlayChanges, dirChanges, type Change, type ChangeKind } from './changes';
export { writeOverlayDiff, writeDirDiff, writeMergedTree } from './diff';
export type { DiffResult } from './tree';
