/**
 * `--mount` and `-v` as docker/cli reads them: `--mount` is a CSV of key=value fields turned into
 * an API Mount object (checked here, as pflag would, so errors read `invalid argument ... for
 * "--mount" flag`), `-v` values with a source go to HostConfig.Binds, the others (`-v /path`) to
 * Config.Volumes.
 */
import { resolve } from 'node:path';
import type { HostConfig } from '@berth/client';
import { ramInBytes } from './values';

export type MountSpec = NonNullable<HostConfig['Mounts']>[number];

const BOOL_TRUE = ['1', 't', 'T', 'true', 'TRUE', 'True'];
const BOOL_FALSE = ['0', 'f', 'F', 'false', 'FALSE', 'False'];

function goBool(key: string, value: string): boolean {
  if (BOOL_TRUE.includes(value)) return true;
  if (BOOL_FALSE.includes(value)) return false;
  throw new Error(`invalid value for ${key}: ${value}`);
}

/** One `--mount` value. */
export function parseMountFlag(value: string): MountSpec {
  const mount: MountSpec = { Type: 'volume' };
  const volume = () => (mount.VolumeOptions ??= {});
  const bind = () => (mount.BindOptions ??= {});
  const tmpfs = () => (mount.TmpfsOptions ??= {});
  let driverName = '';
  const driverOptions: Record<string, string> = {};
  const labels: Record<string, string> = {};
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0) {
      // Boolean fields may stand alone, meaning true.
      if (key === 'readonly' || key === 'ro') mount.ReadOnly = true;
      else if (key === 'volume-nocopy') volume().NoCopy = true;
      else if (key === 'bind-nonrecursive') bind().NonRecursive = true;
      else throw new Error(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    const v = field.slice(eq + 1);
    switch (key) {
      case 'type': mount.Type = v; break;
      case 'source': case 'src': mount.Source = v; break;
      case 'target': case 'dst': case 'destination': mount.Target = v; break;
      case 'readonly': case 'ro': mount.ReadOnly = goBool(key, v); break;
      case 'consistency': mount.Consistency = v; break;
      case 'bind-propagation': bind().Propagation = v.toLowerCase(); break;
      case 'bind-nonrecursive': bind().NonRecursive = goBool(key, v); break;
      case 'bind-recursive':
        // docker/cli 28: enabled is the default (read-only means recursively read-only where the kernel can).
        if (v === 'disabled') bind().NonRecursive = true;
        else if (v === 'writable') bind().ReadOnlyNonRecursive = true;
        else if (v === 'readonly') bind().ReadOnlyForceRecursive = true;
        else if (v !== 'enabled') throw new Error(`invalid value for ${key}: ${v} (must be "enabled", "disabled", "writable", or "readonly")`);
        break;
      case 'volume-nocopy': volume().NoCopy = goBool(key, v); break;
      case 'volume-driver': driverName = v; break;
      case 'volume-opt': {
        const [k, ...rest] = v.split('=');
        driverOptions[k] = rest.join('=');
        break;
      }
      case 'volume-label': {
        const [k, ...rest] = v.split('=');
        labels[k] = rest.join('=');
        break;
      }
      case 'tmpfs-size': tmpfs().SizeBytes = ramInBytes(v); break;
      case 'tmpfs-mode': {
        if (!/^[0-7]+$/.test(v)) throw new Error(`invalid value for ${key}: ${v}`);
        tmpfs().Mode = parseInt(v, 8);
        break;
      }
      default: throw new Error(`unexpected key '${key}' in '${field}'`);
    }
  }
  if (driverName || Object.keys(driverOptions).length > 0) volume().DriverConfig = { Name: driverName, Options: driverOptions };
  if (Object.keys(labels).length > 0) volume().Labels = labels;
  if (!mount.Type) throw new Error('type is required');
  if (!mount.Target) throw new Error('target is required');
  if (mount.VolumeOptions && mount.Type !== 'volume') throw new Error(`cannot mix 'volume-*' options with mount type '${mount.Type}'`);
  if (mount.BindOptions && mount.Type !== 'bind') throw new Error(`cannot mix 'bind-*' options with mount type '${mount.Type}'`);
  if (mount.TmpfsOptions && mount.Type !== 'tmpfs') throw new Error(`cannot mix 'tmpfs-*' options with mount type '${mount.Type}'`);
  if (mount.BindOptions?.ReadOnlyNonRecursive && !mount.ReadOnly) throw new Error("option 'bind-recursive=writable' requires 'readonly' to be specified in conjunction");
  if (mount.BindOptions?.ReadOnlyForceRecursive) {
    if (!mount.ReadOnly) throw new Error("option 'bind-recursive=readonly' requires 'readonly' to be specified in conjunction");
    if (mount.BindOptions.Propagation !== 'rprivate') throw new Error("option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction");
  }
  return mount;
}

/**
 * `-v` values split as docker/cli does: those naming a source become Binds (a relative host path
 * made absolute against `cwd`), a lone container path becomes an anonymous volume in Config.Volumes
 * (sent as `{}` when there is none, as docker does).
 */
export function splitVolumes(values: string[], cwd: string): { binds: string[]; volumes: Record<string, object> } {
  const binds: string[] = [];
  const volumes: Record<string, object> = {};
  for (const raw of values) {
    const parts = raw.split(':');
    if (parts.length < 2) {
      // `/path`: no source (`/path:ro` goes as a bind; the daemon reads it as an anonymous volume).
      volumes[raw] = {};
      continue;
    }
    // `./dir:/x` and `../dir:/x` are host paths relative to where the CLI runs.
    if (parts[0].startsWith('.')) parts[0] = resolve(cwd, parts[0]);
    binds.push(parts.join(':'));
  }
  return { binds, volumes };
}
