import { invalidArgument } from '@berth/errdefs';
import { KNOWN_CAPABILITIES } from './defaults';

const ALL = 'ALL';

/** `net_admin`, `NET_ADMIN`, `cap_net_admin` → `CAP_NET_ADMIN`; `all` → `ALL`; unknown names are rejected. */
export function normalizeCapability(name: string): string {
  const upper = name.trim().toUpperCase();
  if (upper === ALL) return ALL;
  const full = upper.startsWith('CAP_') ? upper : `CAP_${upper}`;
  if (!KNOWN_CAPABILITIES.includes(full)) throw invalidArgument(`unknown capability: "${name}"`);
  return full;
}

export interface CapabilityRequest {
  /** The set a container starts from (Docker's defaults). */
  base: readonly string[];
  add?: readonly string[];
  drop?: readonly string[];
  privileged?: boolean;
  /** Every capability the host kernel supports: what `ALL` and privileged expand to. */
  all: readonly string[];
}

/**
 * Docker's capability arithmetic: privileged gets everything; `--cap-add ALL` gets everything but
 * the dropped ones; `--cap-drop ALL` keeps only the added ones; otherwise base minus drops plus adds.
 * The result is deduplicated, in first-seen order.
 */
export function resolveCapabilities(request: CapabilityRequest): string[] {
  const add = (request.add ?? []).map(normalizeCapability);
  const drop = (request.drop ?? []).map(normalizeCapability);
  let caps: string[];
  if (request.privileged) {
    caps = [...request.all];
  } else if (add.includes(ALL)) {
    caps = request.all.filter((c) => !drop.includes(c));
  } else if (drop.includes(ALL)) {
    caps = add;
  } else {
    caps = [...request.base.filter((c) => !drop.includes(c)), ...add];
  }
  return [...new Set(caps)];
}
