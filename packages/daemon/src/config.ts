/**
 * daemon.json: dockerd's configuration file, with dockerd's key names, validated by a JSON schema
 * (ajv) before anything uses it, and merged with the flags the way dockerd merges them.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { invalidArgument, messageOf } from '@berth/errdefs';
import { mergeUlimits } from '@berth/runtime-spec';
import { normaliseMirror, validateInsecureRegistry } from './registries';

/** A daemon.json document that passed validation (the keys are dockerd's). */
export type ConfigFile = Record<string, unknown>;

const stringList = { type: 'array', items: { type: 'string' } } as const;
const stringMap = { type: 'object', additionalProperties: { type: 'string' } } as const;
const ulimit = {
  type: 'object',
  properties: { Name: { type: 'string' }, Soft: { type: 'integer', minimum: 0 }, Hard: { type: 'integer', minimum: 0 } },
  required: ['Soft', 'Hard'],
  additionalProperties: false,
} as const;

/**
 * Every key berthd accepts. Some are not backed by a feature yet (registries):
 * they are validated, kept, and shown by `info` where Docker shows them, so a dockerd daemon.json
 * carries over; nothing else reads them.
 */
export const CONFIG_SCHEMA = {
  type: 'object',
  properties: {
    hosts: stringList,
    debug: { type: 'boolean' },
    'log-level': { type: 'string', enum: ['debug', 'info', 'warn', 'error', 'fatal'] },
    'live-restore': { type: 'boolean' },
    'data-root': { type: 'string', minLength: 1 },
    'exec-root': { type: 'string', minLength: 1 },
    pidfile: { type: 'string' },
    'storage-driver': { type: 'string' },
    'storage-opts': stringList,
    'log-driver': { type: 'string', minLength: 1 },
    'log-opts': stringMap,
    'default-address-pools': {
      type: 'array',
      items: {
        type: 'object',
        properties: { base: { type: 'string' }, size: { type: 'integer', minimum: 0, maximum: 32 } },
        required: ['base', 'size'],
        additionalProperties: false,
      },
    },
    bip: { type: 'string' },
    bridge: { type: 'string' },
    'fixed-cidr': { type: 'string' },
    icc: { type: 'boolean' },
    iptables: { type: 'boolean' },
    'ip-forward': { type: 'boolean' },
    ip: { type: 'string' },
    mtu: { type: 'integer', minimum: 0 },
    dns: stringList,
    'dns-search': stringList,
    'dns-opts': stringList,
    'userland-proxy': { type: 'boolean' },
    'userns-remap': { type: 'string' },
    tls: { type: 'boolean' },
    tlsverify: { type: 'boolean' },
    tlscacert: { type: 'string' },
    tlscert: { type: 'string' },
    tlskey: { type: 'string' },
    'insecure-registries': stringList,
    'registry-mirrors': stringList,
    'default-ulimits': { type: 'object', additionalProperties: ulimit },
    runtimes: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: { path: { type: 'string' }, runtimeArgs: stringList },
        required: ['path'],
        additionalProperties: false,
      },
    },
    'default-runtime': { type: 'string' },
    'shutdown-timeout': { type: 'integer', minimum: -1 },
    'shim-group-size': { type: 'integer', minimum: 1 },
  },
} as const;

/** Keys a running berthd takes from a new file on SIGHUP (dockerd's reloadable subset that berth has). */
export const RELOADABLE_KEYS = ['debug', 'log-level', 'live-restore', 'shutdown-timeout', 'registry-mirrors', 'insecure-registries', 'default-ulimits'] as const;
export type ReloadableKey = (typeof RELOADABLE_KEYS)[number];

let compiled: ValidateFunction | undefined;

/** Go's names for JSON value types, for messages shaped like dockerd's json.Unmarshal errors. */
function goType(type: string): string {
  return ({ boolean: 'bool', integer: 'int', string: 'string', array: '[]string', object: 'map' } as Record<string, string>)[type] ?? type;
}

function jsonKind(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'boolean' ? 'bool' : typeof value;
}

function describe(error: ErrorObject, doc: ConfigFile): string {
  const path = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = path[0];
  if (error.keyword === 'type') {
    let value: unknown = doc;
    for (const p of path) value = (value as Record<string, unknown>)[p];
    return `json: cannot unmarshal ${jsonKind(value)} into Go struct field Config.${path.join('.')} of type ${goType((error.params as { type: string }).type)}`;
  }
  if (error.keyword === 'enum') return `invalid value for ${key}: must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return `invalid value for ${path.join('.') || 'configuration'}: ${error.message ?? 'invalid'}`;
}

/**
 * Parse and validate daemon.json text. Unknown keys are refused first, all of them named (dockerd's
 * message), then values by the schema. `file` only names the file in messages.
 */
export function parseConfigFile(file: string, text: string): ConfigFile {
  const fail = (why: string) => invalidArgument(`unable to configure the berth daemon with file ${file}: ${why}`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw fail(messageOf(err));
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw fail('the configuration must be a JSON object');
  const unknown = Object.keys(doc).filter((key) => !(key in CONFIG_SCHEMA.properties)).sort();
  if (unknown.length) throw fail(`the following directives don't match any configuration option: ${unknown.join(', ')}`);
  compiled ??= new Ajv({ allErrors: false, strict: true }).compile(CONFIG_SCHEMA);
  if (!compiled(doc)) throw fail(describe(compiled.errors![0], doc as ConfigFile));
  const ulimits = (doc as ConfigFile)['default-ulimits'] as Record<string, { Soft: number; Hard: number }> | undefined;
  if (ulimits) {
    // Names and soft <= hard, as `--ulimit` is checked: a bad default would fail every container start.
    try {
      mergeUlimits([], Object.entries(ulimits).map(([name, u]) => ({ name, soft: u.Soft, hard: u.Hard })));
    } catch (err) {
      throw fail(`default-ulimits: ${messageOf(err)}`);
    }
  }
  const config = doc as ConfigFile;
  try {
    if (config['registry-mirrors']) config['registry-mirrors'] = (config['registry-mirrors'] as string[]).map(normaliseMirror);
    for (const registry of (config['insecure-registries'] as string[] | undefined) ?? []) validateInsecureRegistry(registry);
  } catch (err) {
    throw fail(messageOf(err));
  }
  return config;
}

/** A value as Go's `%v` prints it, for the conflict message. */
function goValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(goValue).join(' ')}]`;
  if (value !== null && typeof value === 'object') return `map[${Object.entries(value).map(([k, v]) => `${k}:${goValue(v)}`).join(' ')}]`;
  return String(value);
}

/**
 * dockerd refuses a key set both by a flag and in the file; `fromFlags` holds the flags given, by
 * their daemon.json name.
 */
export function checkConflicts(file: string, fromFlags: ConfigFile, fromFile: ConfigFile): void {
  const both = Object.keys(fromFile).filter((key) => key in fromFlags).sort();
  if (!both.length) return;
  const listed = both.map((key) => `${key}: (from flag: ${goValue(fromFlags[key])}, from file: ${goValue(fromFile[key])})`);
  throw invalidArgument(`unable to configure the berth daemon with file ${file}: the following directives are specified both as a flag and in the configuration file: ${listed.join(', ')}`);
}
