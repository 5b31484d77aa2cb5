/** Firewall (iptables BERTH* chains) for bridge networks and published ports — see ./README in the package. */
export type { BridgeRules, PortRule, FirewallState, Firewall } from './types';
export { renderRules } from './render';
export { createIptablesFirewall, noFirewall } from './iptables';
