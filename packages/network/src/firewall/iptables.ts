import { spawn } from 'node:child_process';
import { internal, unavailable } from '@berth/errdefs';
import { BUILTIN_JUMPS, OWNED_CHAINS, USER_CHAIN, hasIpv6, renderRestore, type Family, type Table, type TableExtras } from './render';
import type { Firewall, FirewallState } from './types';

export interface IptablesFirewallOptions {
  /** Prefix of every command, e.g. `['ip', 'netns', 'exec', 'x']` so tests never touch the host's tables. */
  wrap?: string[];
}

/**
 * A firewall driving iptables-restore. Each apply is ONE `iptables-restore --noflush -w` run, which
 * the kernel commits per table atomically: a reader never sees a half-rendered BERTH chain.
 *
 * The jumps from the built-in chains and BERTH-USER cannot be rendered blindly (a second `-I` would
 * duplicate the jump, a `-D` of a missing rule aborts the restore), so the host's tables are read
 * with iptables-save once — at the first apply after start, a failure or removeAll — and only what
 * is missing is added. Calls are serialised; applies queued behind a running one coalesce into one
 * run of the latest state, and every caller's promise settles with that run.
 */
export function createIptablesFirewall(opts: IptablesFirewallOptions = {}): Firewall {
  return new IptablesFirewall(opts.wrap ?? []);
}

/** dockerd --iptables=false: berth leaves the host's tables alone. */
export const noFirewall: Firewall = {
  apply: async () => {},
  removeAll: async () => {},
};

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

type Op = { kind: 'apply'; state: FirewallState; waiters: Waiter[] } | { kind: 'remove'; waiters: Waiter[] };

class IptablesFirewall implements Firewall {
  private readonly queue: Op[] = [];
  private draining = false;
  /** Per family: the built-in jumps and BERTH-USER are known to be in place (a successful apply). */
  private readonly hooked: Record<Family, boolean> = { 4: false, 6: false };
  /**
   * ip6tables holds BERTH rules that a state without IPv6 must clear; undefined until the first
   * apply looked. ip6tables is never run on hosts that do not need it (it may be missing).
   */
  private v6InUse: boolean | undefined;

  constructor(private readonly wrap: string[]) {}

  apply(desired: FirewallState): Promise<void> {
    // Rendered later, when its turn comes: a copy, so the caller may reuse its objects meanwhile.
    const state = structuredClone(desired);
    return new Promise((resolve, reject) => {
      const last = this.queue[this.queue.length - 1];
      if (last?.kind === 'apply') {
        last.state = state;
        last.waiters.push({ resolve, reject });
      } else {
        this.queue.push({ kind: 'apply', state, waiters: [{ resolve, reject }] });
      }
      this.drain();
    });
  }

  removeAll(): Promise<void> {
    return new Promise((resolve, reject) => {
      const last = this.queue[this.queue.length - 1];
      if (last?.kind === 'remove') last.waiters.push({ resolve, reject });
      else this.queue.push({ kind: 'remove', waiters: [{ resolve, reject }] });
      this.drain();
    });
  }

  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    void (async () => {
      for (let op = this.queue.shift(); op; op = this.queue.shift()) {
        try {
          if (op.kind === 'apply') await this.applyNow(op.state);
          else await this.removeNow();
          for (const w of op.waiters) w.resolve();
        } catch (err) {
          for (const w of op.waiters) w.reject(err);
        }
      }
      this.draining = false;
    })();
  }

  private async applyNow(state: FirewallState): Promise<void> {
    await this.applyFamily(4, state);
    const v6 = hasIpv6(state);
    if (!v6 && this.v6InUse === undefined) this.v6InUse = (await this.savedOrNothing(6)).some((t) => hasBerth(t));
    if (v6 || this.v6InUse) {
      await this.applyFamily(6, state);
      this.v6InUse = v6;
    }
  }

  private async applyFamily(family: Family, state: FirewallState): Promise<void> {
    const extras = this.hooked[family] ? {} : hookExtras(parseSave(await this.run(tool(family, 'save'), [])));
    try {
      await this.run(tool(family, 'restore'), ['--noflush', '-w'], renderRestore(state, family, extras));
    } catch (err) {
      // What is on the host is unknown now: read it again next time.
      this.hooked[family] = false;
      throw err;
    }
    this.hooked[family] = true;
  }

  private async removeNow(): Promise<void> {
    this.hooked[4] = this.hooked[6] = false;
    const input = removalInput(parseSave(await this.run(tool(4, 'save'), [])));
    if (input) await this.run(tool(4, 'restore'), ['--noflush', '-w'], input);
    const input6 = removalInput(new Map(await this.savedOrNothing(6)));
    if (input6) await this.run(tool(6, 'restore'), ['--noflush', '-w'], input6);
    this.v6InUse = false;
  }

  /** The tables of a family, or none when its tools are missing or unusable (no IPv6 on the host). */
  private async savedOrNothing(family: Family): Promise<[string, SavedTable][]> {
    try {
      return [...parseSave(await this.run(tool(family, 'save'), []))];
    } catch {
      return [];
    }
  }

  private run(command: string, args: string[], input?: string): Promise<string> {
    const argv = [...this.wrap, command, ...args];
    return new Promise((resolve, reject) => {
      const child = spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const errOut: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => errOut.push(b));
      child.on('error', (err: NodeJS.ErrnoException) => {
        reject(
          err.code === 'ENOENT'
            ? unavailable(`${argv[0]} not found: iptables is needed for published ports and network isolation (or run with --iptables=false)`, { cause: err })
            : internal(`${argv.join(' ')}: ${err.message}`, { cause: err }),
        );
      });
      child.on('close', (code, signal) => {
        if (code === 0) return resolve(Buffer.concat(out).toString());
        const why = Buffer.concat(errOut).toString().trim() || `exit status ${code ?? signal}`;
        reject(internal(`${command} failed: ${why}`));
      });
      // A restore that fails early closes its stdin; the failure is reported by 'close' above.
      child.stdin.on('error', () => {});
      child.stdin.end(input ?? '');
    });
  }
}

/** One table of iptables-save output: its chains and its rules (`-A ...` lines, verbatim). */
interface SavedTable {
  chains: Set<string>;
  rules: string[];
}

function parseSave(text: string): Map<string, SavedTable> {
  const tables = new Map<string, SavedTable>();
  let current: SavedTable | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('*')) {
      current = { chains: new Set(), rules: [] };
      tables.set(line.slice(1).trim(), current);
    } else if (current && line.startsWith(':')) {
      current.chains.add(line.slice(1).split(' ')[0]);
    } else if (current && line.startsWith('-A ')) {
      current.rules.push(line.trim());
    }
  }
  return tables;
}

/** What the first restore must add so each built-in jump exists exactly once, in order. */
function hookExtras(saved: Map<string, SavedTable>): Partial<Record<Table, TableExtras>> {
  const extras: Partial<Record<Table, TableExtras>> = {};
  const add = (table: Table, kind: 'chains' | 'rules', line: string) => {
    const t = (extras[table] ??= {});
    (t[kind] ??= []).push(line);
  };
  if (!saved.get('filter')?.chains.has(USER_CHAIN)) add('filter', 'chains', USER_CHAIN);

  const groups = new Map<string, (typeof BUILTIN_JUMPS)[number][]>();
  for (const j of BUILTIN_JUMPS) {
    const key = `${j.table} ${j.chain} ${j.position}`;
    groups.set(key, [...(groups.get(key) ?? []), j]);
  }
  for (const jumps of groups.values()) {
    const { table, chain, position } = jumps[0];
    const rules = saved.get(table)?.rules.filter((r) => r.startsWith(`-A ${chain} `)) ?? [];
    const count = (spec: string) => rules.filter((r) => r === `-A ${chain} ${spec}`).length;
    if (position === 'end') {
      for (const j of jumps) {
        const n = count(j.spec);
        if (n === 0) add(table, 'rules', `-A ${chain} ${j.spec}`);
        for (let i = 1; i < n; i++) add(table, 'rules', `-D ${chain} ${j.spec}`);
      }
      continue;
    }
    // Jumps kept at the head of the chain: unless they already are its first rules, once each and
    // in order, remove every copy and insert them again.
    const wanted = [...jumps].reverse().map((j) => `-A ${chain} ${j.spec}`);
    if (wanted.every((w, i) => rules[i] === w) && jumps.every((j) => count(j.spec) === 1)) continue;
    for (const j of jumps) for (let i = 0; i < count(j.spec); i++) add(table, 'rules', `-D ${chain} ${j.spec}`);
    for (const j of jumps) add(table, 'rules', `-I ${chain} 1 ${j.spec}`);
  }
  return extras;
}

/** Restore input deleting every jump into a BERTH chain and then the chains; '' when none exist. */
function removalInput(saved: Map<string, SavedTable>): string {
  const out: string[] = [];
  for (const [table, t] of saved) {
    const ours = [...t.chains].filter(isBerthChain);
    const jumps = t.rules.filter((r) => {
      const [, chain] = r.split(' ');
      return !isBerthChain(chain) && /\s-[jg] BERTH[\w-]*(\s|$)/.test(r);
    });
    if (ours.length === 0 && jumps.length === 0) continue;
    out.push(`*${table}`);
    for (const r of jumps) out.push(`-D${r.slice(2)}`);
    // Flush all before deleting any: BERTH chains jump into each other.
    for (const c of ours) out.push(`-F ${c}`);
    for (const c of ours) out.push(`-X ${c}`);
    out.push('COMMIT');
  }
  return out.length ? out.join('\n') + '\n' : '';
}

function hasBerth([, t]: [string, SavedTable]): boolean {
  return [...t.chains].some(isBerthChain);
}

function tool(family: Family, what: 'save' | 'restore'): string {
  return `${family === 4 ? 'iptables' : 'ip6tables'}-${what}`;
}

function isBerthChain(chain: string): boolean {
  return chain === 'BERTH' || chain.startsWith('BERTH-');
}

/** Every chain the firewall may own, for callers checking a host (tests, diagnostics). */
export const BERTH_CHAINS: Record<Table, readonly string[]> = {
  raw: OWNED_CHAINS.raw,
  filter: [...OWNED_CHAINS.filter, USER_CHAIN],
  nat: OWNED_CHAINS.nat,
};
