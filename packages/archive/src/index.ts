/**
 * @berth/archive — layer tars.
 *
 * CONTRACT (implemented by the archive owner):
 *   applyLayer(target: string, layer: Readable, opts: ApplyOptions): Promise<ApplyResult>
 *     ApplyOptions { whiteouts: 'delete' | 'overlay'; compression?: 'auto' | 'none' | 'gzip' }
 *     ApplyResult  { diffId: string /* sha256:... of the uncompressed tar *\/; size: number }
 *   readTarEntries / writeTar helpers used by images (load/save).
 */
export {};
