import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { invalidArgument } from '@berth/errdefs';
import { deviceAt, hostDevices } from './host';
import type { DeviceMapping, SpecDevice, SpecDeviceCgroupRule } from './types';

/** A device node the container gets, with the devices cgroup rule that lets it use it. */
export interface GrantedDevice {
  device: SpecDevice;
  rule: SpecDeviceCgroupRule;
}

/**
 * `--device HOST:CONTAINER:PERMS`: the host node's type and numbers, recreated at the container
 * path, and a cgroup rule granting exactly PERMS on it. A host directory maps every device node
 * beneath it (`--device /dev/snd`). Missing paths, non-devices and bad permissions are
 * `invalidArgument`.
 */
export async function grantDevices(mappings: readonly DeviceMapping[]): Promise<GrantedDevice[]> {
  const granted: GrantedDevice[] = [];
  for (const m of mappings) {
    if (!/^[rwm]{1,3}$/.test(m.permissions) || new Set(m.permissions).size !== m.permissions.length) {
      throw invalidArgument(`invalid device mode: ${m.permissions}`);
    }
    if (!path.posix.isAbsolute(m.pathInContainer)) throw invalidArgument(`${m.pathInContainer} is not an absolute path`);
    const isDir = (await fs.stat(m.pathOnHost).catch(() => null))?.isDirectory() === true;
    const found = isDir
      ? (await hostDevices(m.pathOnHost)).map((d) => ({
          ...d,
          path: path.posix.join(m.pathInContainer, path.posix.relative(m.pathOnHost, d.path)),
        }))
      : [{ ...(await deviceAt(m.pathOnHost)), path: path.posix.normalize(m.pathInContainer) }];
    for (const device of found) {
      const type = device.type === 'b' ? 'b' : 'c';
      granted.push({ device, rule: { allow: true, type, major: device.major, minor: device.minor, access: m.permissions } });
    }
  }
  return granted;
}

const CGROUP_RULE = /^([acb]) ([0-9]+|\*):([0-9]+|\*) ([rwm]{1,3})$/;

/** `--device-cgroup-rule 'c 1:3 rwm'` (`*` for any major or minor) as a devices cgroup rule. */
export function parseDeviceCgroupRule(rule: string): SpecDeviceCgroupRule {
  const m = CGROUP_RULE.exec(rule);
  if (!m) throw invalidArgument(`invalid device cgroup format '${rule}'`);
  const parsed: SpecDeviceCgroupRule = { allow: true, type: m[1] as 'a' | 'b' | 'c', access: m[4] };
  if (m[2] !== '*') parsed.major = Number(m[2]);
  if (m[3] !== '*') parsed.minor = Number(m[3]);
  return parsed;
}
