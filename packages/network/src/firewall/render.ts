import type { FirewallState } from './types';

/** iptables-restore input (`--noflush`) for `state`: pure, so it is golden-file tested. */
export function renderRules(state: FirewallState): string {
  void state;
  throw new Error('TODO');
}
