/**
 * JSON Schema (draft-07) of the OCI runtime config.json subset berth emits (runtime-spec
 * config.md and config-linux.md). It is deliberately closed (`additionalProperties: false`) on the
 * objects berth writes, so a misspelt field is an error instead of a silently ignored setting.
 * Kept as a TypeScript module so the transpiled package carries it without a JSON loader.
 */

const absolutePath = { type: 'string', pattern: '^/' } as const;
const uint32 = { type: 'integer', minimum: 0, maximum: 4294967295 } as const;
const nonNegative = { type: 'integer', minimum: 0 } as const;
const stringArray = { type: 'array', items: { type: 'string' } } as const;
const capabilityList = { type: 'array', items: { type: 'string', pattern: '^CAP_[A-Z_]+$' } } as const;
const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;

const seccompAction = { type: 'string', pattern: '^SCMP_ACT_[A-Z_]+$' } as const;
/** cpuset list format: `0-3,5`. */
const cpusetList = { type: 'string', pattern: '^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$' } as const;
const idMapping = {
  type: 'object',
  required: ['containerID', 'hostID', 'size'],
  additionalProperties: false,
  properties: { containerID: uint32, hostID: uint32, size: { type: 'integer', minimum: 1, maximum: 4294967295 } },
} as const;

const mount = {
  type: 'object',
  required: ['destination', 'type', 'source', 'options'],
  additionalProperties: false,
  properties: {
    destination: absolutePath,
    type: { type: 'string', minLength: 1 },
    source: { type: 'string', minLength: 1 },
    options: stringArray,
  },
} as const;

const process = {
  type: 'object',
  required: ['terminal', 'user', 'args', 'env', 'cwd', 'capabilities', 'rlimits', 'noNewPrivileges'],
  additionalProperties: false,
  properties: {
    terminal: { type: 'boolean' },
    user: {
      type: 'object',
      required: ['uid', 'gid', 'additionalGids'],
      additionalProperties: false,
      properties: {
        uid: uint32,
        gid: uint32,
        additionalGids: { type: 'array', items: uint32 },
        umask: uint32,
      },
    },
    args: { type: 'array', minItems: 1, items: { type: 'string' } },
    env: { type: 'array', items: { type: 'string', pattern: '^[^=]+=' } },
    cwd: absolutePath,
    capabilities: {
      type: 'object',
      required: ['bounding', 'effective', 'permitted'],
      additionalProperties: false,
      properties: { bounding: capabilityList, effective: capabilityList, permitted: capabilityList },
    },
    rlimits: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'soft', 'hard'],
        additionalProperties: false,
        properties: { type: { type: 'string', pattern: '^RLIMIT_[A-Z]+$' }, soft: nonNegative, hard: nonNegative },
      },
    },
    noNewPrivileges: { type: 'boolean' },
    oomScoreAdj: { type: 'integer', minimum: -1000, maximum: 1000 },
  },
} as const;

const deviceCgroupRule = {
  type: 'object',
  required: ['allow', 'access'],
  additionalProperties: false,
  properties: {
    allow: { type: 'boolean' },
    type: { enum: ['a', 'c', 'b'] },
    major: { type: 'integer', minimum: -1 },
    minor: { type: 'integer', minimum: -1 },
    access: { type: 'string', pattern: '^[rwm]{1,3}$' },
  },
} as const;

const device = {
  type: 'object',
  required: ['path', 'type', 'major', 'minor'],
  additionalProperties: false,
  properties: {
    path: absolutePath,
    type: { enum: ['c', 'b', 'u', 'p'] },
    major: nonNegative,
    minor: nonNegative,
    fileMode: uint32,
    uid: uint32,
    gid: uint32,
  },
} as const;

const linux = {
  type: 'object',
  required: ['namespaces', 'maskedPaths', 'readonlyPaths', 'resources', 'cgroupsPath'],
  additionalProperties: false,
  properties: {
    namespaces: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type'],
        additionalProperties: false,
        properties: {
          type: { enum: ['pid', 'network', 'mount', 'ipc', 'uts', 'user', 'cgroup'] },
          path: absolutePath,
        },
      },
    },
    maskedPaths: { type: 'array', items: absolutePath },
    readonlyPaths: { type: 'array', items: absolutePath },
    resources: {
      type: 'object',
      required: ['devices'],
      additionalProperties: false,
      properties: {
        devices: { type: 'array', items: deviceCgroupRule },
        memory: {
          type: 'object',
          additionalProperties: false,
          properties: {
            limit: { type: 'integer', minimum: -1 },
            swap: { type: 'integer', minimum: -1 },
            reservation: { type: 'integer', minimum: -1 },
            swappiness: { type: 'integer', minimum: 0, maximum: 100 },
            disableOOMKiller: { type: 'boolean' },
          },
        },
        cpu: {
          type: 'object',
          additionalProperties: false,
          properties: {
            shares: nonNegative,
            quota: { type: 'integer', minimum: -1 },
            period: nonNegative,
            cpus: cpusetList,
            mems: cpusetList,
          },
        },
        blockIO: {
          type: 'object',
          required: ['weight'],
          additionalProperties: false,
          properties: { weight: { type: 'integer', minimum: 10, maximum: 1000 } },
        },
        pids: {
          type: 'object',
          required: ['limit'],
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: -1 } },
        },
      },
    },
    cgroupsPath: { type: 'string' },
    sysctl: stringMap,
    seccomp: {
      type: 'object',
      required: ['defaultAction'],
      additionalProperties: false,
      properties: {
        defaultAction: seccompAction,
        defaultErrnoRet: uint32,
        architectures: { type: 'array', items: { type: 'string', pattern: '^SCMP_ARCH_[A-Z0-9_]+$' } },
        flags: stringArray,
        listenerPath: absolutePath,
        listenerMetadata: { type: 'string' },
        syscalls: {
          type: 'array',
          items: {
            type: 'object',
            required: ['names', 'action'],
            additionalProperties: false,
            properties: {
              names: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
              action: seccompAction,
              errnoRet: uint32,
              args: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['index', 'value', 'op'],
                  additionalProperties: false,
                  properties: {
                    index: { type: 'integer', minimum: 0, maximum: 5 },
                    value: nonNegative,
                    valueTwo: nonNegative,
                    op: { type: 'string', pattern: '^SCMP_CMP_[A-Z_]+$' },
                  },
                },
              },
            },
          },
        },
      },
    },
    devices: { type: 'array', items: device },
    uidMappings: { type: 'array', minItems: 1, items: idMapping },
    gidMappings: { type: 'array', minItems: 1, items: idMapping },
  },
} as const;

export const SPEC_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://berth.dev/schemas/oci-runtime-config-subset.json',
  title: 'OCI runtime config.json (subset emitted by berth)',
  type: 'object',
  required: ['ociVersion', 'process', 'root', 'mounts', 'linux'],
  additionalProperties: false,
  properties: {
    ociVersion: { type: 'string', pattern: '^1\\.[0-9]+\\.[0-9]+' },
    process,
    root: {
      type: 'object',
      required: ['path'],
      additionalProperties: false,
      properties: { path: { type: 'string', minLength: 1 }, readonly: { type: 'boolean' } },
    },
    hostname: { type: 'string' },
    domainname: { type: 'string' },
    mounts: { type: 'array', items: mount },
    linux,
    annotations: stringMap,
  },
} as const;
