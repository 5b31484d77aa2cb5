/**
 * @berth/content — a content-addressed blob store with verified ingest (containerd's content
 * store, simplified). See `content.ts` for the contract.
 */
export type {
  Descriptor,
  BlobInfo,
  BlobProvider,
  ContentWriter,
  Ingester,
  ContentManager,
  ContentStore,
} from './content';
export { openContentStore } from './local';
export { writeBlob } from './write';
export { describeContentStore } from './testsuite';
