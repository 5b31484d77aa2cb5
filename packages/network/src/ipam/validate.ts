/**
 * The IPAM config checks dockerd 28 makes on `POST /networks/create` before anything is allocated
 * (moby's api/types/network ValidateIPAM): every problem is reported at once, in dockerd's words.
 */
import type { IPAMConfig } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { cidrContains, cidrsOverlap, formatCidr, maskCidr, tryParseCidr, tryParseIp, type Cidr } from './cidr';

const familyName = (c: { family: 4 | 6 }) => (c.family === 4 ? 'IPv4' : 'IPv6');

function rangeErrors(ipRange: string | undefined, subnet: Cidr): string[] {
  if (!ipRange) return [];
  const range = tryParseCidr(ipRange);
  if (!range) return [`invalid ip-range ${ipRange}: invalid CIDR block notation`];
  if (range.family !== subnet.family) return [`invalid ip-range ${ipRange}: parent subnet is an ${familyName(subnet)} block`];
  const errs: string[] = [];
  if (range.prefix < subnet.prefix) {
    errs.push(`invalid ip-range ${ipRange}: CIDR block is bigger than its parent subnet ${formatCidr(subnet)}`);
  }
  const masked = maskCidr(range);
  if (masked.ip !== range.ip) errs.push(`invalid ip-range ${formatCidr(range)}: it should be ${formatCidr(masked)}`);
  if (!cidrsOverlap(subnet, range)) {
    errs.push(`invalid ip-range ${ipRange}: parent subnet ${formatCidr(subnet)} doesn't contain ip-range`);
  }
  return errs;
}

function addressError(address: string | undefined, subnet: Cidr): string | undefined {
  if (!address) return undefined;
  const ip = tryParseIp(address);
  if (!ip) return 'invalid address';
  if (ip.family !== subnet.family) return `parent subnet is an ${familyName(subnet)} block`;
  if (!cidrContains(subnet, address)) return `parent subnet ${formatCidr(subnet)} doesn't contain this address`;
  return undefined;
}

/** Throws invalidArgument('invalid network config:\n…') listing every problem; IPv6 entries count only when IPv6 is enabled. */
export function validateIpamConfig(configs: readonly IPAMConfig[] | null | undefined, enableIPv6: boolean): void {
  const errs: string[] = [];
  for (const cfg of configs ?? []) {
    const subnetText = cfg.Subnet ?? '';
    const subnet = tryParseCidr(subnetText);
    if (!subnet) {
      errs.push(`invalid subnet ${subnetText}: invalid CIDR block notation`);
      continue;
    }
    if (subnet.family === 6 && !enableIPv6) continue;
    const masked = maskCidr(subnet);
    if (masked.ip !== subnet.ip) errs.push(`invalid subnet ${formatCidr(subnet)}: it should be ${formatCidr(masked)}`);
    errs.push(...rangeErrors(cfg.IPRange, subnet));
    const gw = addressError(cfg.Gateway, subnet);
    if (gw) errs.push(`invalid gateway ${cfg.Gateway}: ${gw}`);
    for (const [name, aux] of Object.entries(cfg.AuxiliaryAddresses ?? {})) {
      const err = addressError(aux, subnet);
      if (err) errs.push(`invalid auxiliary address ${name}: ${err}`);
    }
  }
  if (errs.length === 0) return;
  // Go's errors.Join as dockerd prints it: one error alone, several as a '* ' list.
  const body = errs.length === 1 ? errs[0]! : `* ${errs.join('\n* ')}`;
  throw invalidArgument(`invalid network config:\n${body}`);
}
