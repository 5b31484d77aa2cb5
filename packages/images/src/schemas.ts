import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { invalidArgument } from '@berth/errdefs';

// JSON schemas for what an image archive or registry hands us, written from the OCI image spec
// (manifest, index, config) and Docker's image manifest v2 schema 2 (manifest, manifest list).
// They check shape and the fields berth relies on; unknown fields are allowed, as both specs ask.

const DIGEST = '^sha(256:[a-f0-9]{64}|384:[a-f0-9]{96}|512:[a-f0-9]{128})$';
const MEDIA_TYPE = '^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}$';

const stringMap = { type: 'object', additionalProperties: { type: 'string' } };

const platform = {
  type: 'object',
  required: ['architecture', 'os'],
  properties: {
    architecture: { type: 'string' },
    os: { type: 'string' },
    'os.version': { type: 'string' },
    'os.features': { type: 'array', items: { type: 'string' } },
    variant: { type: 'string' },
  },
};

const descriptor = {
  type: 'object',
  required: ['mediaType', 'digest', 'size'],
  properties: {
    mediaType: { type: 'string', pattern: MEDIA_TYPE },
    digest: { type: 'string', pattern: DIGEST },
    size: { type: 'integer', minimum: 0 },
    urls: { type: 'array', items: { type: 'string' } },
    annotations: stringMap,
    platform,
  },
};

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

const ociManifest = {
  type: 'object',
  required: ['schemaVersion', 'config', 'layers'],
  properties: {
    schemaVersion: { const: 2 },
    mediaType: { const: OCI_MANIFEST },
    config: descriptor,
    layers: { type: 'array', items: descriptor },
    annotations: stringMap,
  },
};

const dockerManifest = {
  type: 'object',
  required: ['schemaVersion', 'mediaType', 'config', 'layers'],
  properties: {
    schemaVersion: { const: 2 },
    mediaType: { const: DOCKER_MANIFEST },
    config: descriptor,
    layers: { type: 'array', items: descriptor },
  },
};

const ociIndex = {
  type: 'object',
  required: ['schemaVersion', 'manifests'],
  properties: {
    schemaVersion: { const: 2 },
    mediaType: { const: OCI_INDEX },
    manifests: { type: 'array', items: descriptor },
    annotations: stringMap,
  },
};

const dockerManifestList = {
  type: 'object',
  required: ['schemaVersion', 'mediaType', 'manifests'],
  properties: {
    schemaVersion: { const: 2 },
    mediaType: { const: DOCKER_LIST },
    manifests: { type: 'array', items: { ...descriptor, required: ['mediaType', 'digest', 'size', 'platform'] } },
  },
};

const stringList = { type: ['array', 'null'], items: { type: 'string' } };
const emptyObjectMap = { type: ['object', 'null'], additionalProperties: { type: 'object' } };

const imageConfig = {
  type: 'object',
  required: ['rootfs'],
  properties: {
    created: { type: 'string' },
    author: { type: 'string' },
    architecture: { type: 'string' },
    os: { type: 'string' },
    variant: { type: 'string' },
    config: {
      type: ['object', 'null'],
      properties: {
        User: { type: 'string' },
        ExposedPorts: emptyObjectMap,
        Env: stringList,
        Entrypoint: stringList,
        Cmd: stringList,
        Volumes: emptyObjectMap,
        WorkingDir: { type: 'string' },
        Labels: { type: ['object', 'null'], additionalProperties: { type: 'string' } },
        StopSignal: { type: 'string' },
      },
    },
    rootfs: {
      type: 'object',
      required: ['type', 'diff_ids'],
      properties: {
        type: { const: 'layers' },
        diff_ids: { type: 'array', items: { type: 'string', pattern: DIGEST } },
      },
    },
    history: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          created: { type: 'string' },
          author: { type: 'string' },
          created_by: { type: 'string' },
          comment: { type: 'string' },
          empty_layer: { type: 'boolean' },
        },
      },
    },
  },
};

/** The documents berth validates, by what they are. */
export type DocumentKind = 'OCI image manifest' | 'Docker image manifest' | 'OCI image index' | 'Docker manifest list' | 'image config';

const ajv = new Ajv({ allErrors: false, strict: false });
const validators: Record<DocumentKind, ValidateFunction> = {
  'OCI image manifest': ajv.compile(ociManifest),
  'Docker image manifest': ajv.compile(dockerManifest),
  'OCI image index': ajv.compile(ociIndex),
  'Docker manifest list': ajv.compile(dockerManifestList),
  'image config': ajv.compile(imageConfig),
};

/** The schema a manifest or index of `mediaType` must satisfy, if berth knows that media type. */
export function documentKindOf(mediaType: string): DocumentKind | undefined {
  switch (mediaType) {
    case OCI_MANIFEST:
      return 'OCI image manifest';
    case DOCKER_MANIFEST:
      return 'Docker image manifest';
    case OCI_INDEX:
      return 'OCI image index';
    case DOCKER_LIST:
      return 'Docker manifest list';
    default:
      return undefined;
  }
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the document' : error.instancePath.slice(1).replace(/\//g, '.');
  if (error.keyword === 'const') return `${where} must be ${JSON.stringify(error.params.allowedValue)}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}

/**
 * Check `document` against the schema for `kind`; InvalidArgument
 * `invalid <what>: <field> <problem>` (e.g. `invalid OCI image manifest sha256:…: layers.0.digest
 * must match pattern …`) otherwise.
 */
export function validateDocument<T>(kind: DocumentKind, document: unknown, name: string): T {
  const validate = validators[kind];
  if (!validate(document)) {
    const first = validate.errors?.[0];
    throw invalidArgument(`invalid ${kind} ${name}: ${first ? describe(first) : 'does not match its schema'}`);
  }
  return document as T;
}
