/**
 * @berth/images — the image store: load `docker save` archives (legacy and OCI layout) into a
 * content store, unpack their layers into a snapshotter, list, resolve and tag images.
 */
export { type Image, type ImageConfig, type ImageService, chainIds } from './image';
export { createImageService } from './service';
export { MediaType } from './plan';
