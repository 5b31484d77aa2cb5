import type { Firewall, FirewallState } from './types';

/** A firewall driving `iptables-restore`; `wrap` prefixes every command (tests: `ip netns exec x`). */
export function createIptablesFirewall(opts?: { wrap?: string[] }): Firewall {
  void opts;
  throw new Error('TODO');
}

/** dockerd --iptables=false: berth leaves the host's tables alone. */
export const noFirewall: Firewall = {
  apply: async (state: FirewallState) => {
    void state;
  },
  removeAll: async () => {},
};
