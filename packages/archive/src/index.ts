/**
 * @berth/archive — layer tars: read and write them (ustar + PAX + GNU long names, xattrs), sniff
 * and undo their compression, apply one onto a directory with the OCI whiteout rules and path
 * safety for untrusted input, and pack a directory as a layer.
 */
export type { TarEntryType, TarEntryHeader } from './header';
export { readTar } from './read';
export { TarWriter, type TarEntryInput } from './write';
export { detectCompression, decompressStream, type Compression } from './compression';
export { applyLayer, type ApplyOptions, type ApplyResult } from './apply';
export { writeDirAsTar } from './pack';
