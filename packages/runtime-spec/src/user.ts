import { invalidArgument } from '@berth/errdefs';
import type { RootfsReader } from './types';

export interface ResolvedUser {
  uid: number;
  gid: number;
  additionalGids: number[];
}

interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
}

interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

const MAX_ID = 2 ** 31 - 1;

/**
 * Resolves a Docker `--user` value against the container's /etc/passwd and /etc/group, as runc
 * and Docker do:
 * - `''` is root (uid 0), looked up so that root's supplementary groups apply;
 * - the user part is a name or uid; a uid need not exist in passwd (its gid is then 0), a name must;
 * - an explicit group (name or gid) replaces the primary gid and suppresses supplementary groups;
 *   a gid need not exist in group, a name must;
 * - without an explicit group, every group listing the user's name is a supplementary group.
 */
export async function resolveUser(user: string, rootfs?: RootfsReader): Promise<ResolvedUser> {
  const colon = user.indexOf(':');
  const userPart = colon === -1 ? user : user.slice(0, colon);
  const groupPart = colon === -1 ? '' : user.slice(colon + 1);

  const userId = parseId(userPart);
  const passwd = parsePasswd(await readText(rootfs, '/etc/passwd'));
  const entry =
    userPart === ''
      ? passwd.find((p) => p.uid === 0)
      : passwd.find((p) => p.name === userPart || (userId !== undefined && p.uid === userId));

  let uid: number;
  let gid = 0;
  if (entry) {
    uid = entry.uid;
    gid = entry.gid;
  } else if (userPart === '') {
    uid = 0;
  } else if (userId !== undefined) {
    uid = userId;
  } else {
    throw invalidArgument(`unable to find user ${userPart}: no matching entries in passwd file`);
  }

  const needsGroups = groupPart !== '' || entry !== undefined;
  const groups = needsGroups ? parseGroup(await readText(rootfs, '/etc/group')) : [];

  if (groupPart !== '') {
    const groupId = parseId(groupPart);
    const group = groups.find((g) => g.name === groupPart || (groupId !== undefined && g.gid === groupId));
    if (group) return { uid, gid: group.gid, additionalGids: [] };
    if (groupId === undefined) {
      throw invalidArgument(`unable to find group ${groupPart}: no matching entries in group file`);
    }
    return { uid, gid: groupId, additionalGids: [] };
  }

  const additionalGids = entry ? groups.filter((g) => g.members.includes(entry.name)).map((g) => g.gid) : [];
  return { uid, gid, additionalGids: [...new Set(additionalGids)] };
}

/**
 * `--group-add` entries as gids: a name must be in the container's /etc/group, a number need not
 * be (runc's rules and message).
 */
export async function resolveAdditionalGroups(groups: readonly string[], rootfs?: RootfsReader): Promise<number[]> {
  if (groups.length === 0) return [];
  const known = parseGroup(await readText(rootfs, '/etc/group'));
  return groups.map((name) => {
    const entry = known.find((g) => g.name === name);
    if (entry) return entry.gid;
    const id = parseId(name);
    if (id === undefined) throw invalidArgument(`Unable to find group ${name}: no matching entries in group file`);
    return id;
  });
}

/** A decimal id in range, or undefined when `text` is a name. Out-of-range numbers are errors. */
function parseId(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id > MAX_ID) {
    throw invalidArgument(`user or group id ${text} is out of range (0-${MAX_ID})`);
  }
  return id;
}

async function readText(rootfs: RootfsReader | undefined, file: string): Promise<string> {
  const content = rootfs ? await rootfs.readFile(file) : null;
  return content ? content.toString('utf8') : '';
}

/** Lines of a colon-separated database, minus comments, blanks and lines too short to use. */
function records(text: string, minFields: number): string[][] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(':'))
    .filter((fields) => fields.length >= minFields);
}

function parsePasswd(text: string): PasswdEntry[] {
  const entries: PasswdEntry[] = [];
  for (const [name, , uid, gid] of records(text, 4)) {
    const u = Number(uid);
    const g = Number(gid);
    if (/^\d+$/.test(uid) && /^\d+$/.test(gid) && u <= MAX_ID && g <= MAX_ID) entries.push({ name, uid: u, gid: g });
  }
  return entries;
}

function parseGroup(text: string): GroupEntry[] {
  const entries: GroupEntry[] = [];
  for (const [name, , gid, members = ''] of records(text, 3)) {
    const g = Number(gid);
    if (!/^\d+$/.test(gid) || g > MAX_ID) continue;
    entries.push({ name, gid: g, members: members.split(',').map((m) => m.trim()).filter((m) => m !== '') });
  }
  return entries;
}
