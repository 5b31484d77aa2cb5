/**
 * Settings dockerd refuses at create before looking at the image or the name (its
 * verifyContainerSettings), with its messages; the spec builder checks the rest (resources,
 * capabilities, devices) from the merged configuration.
 */
import type { ContainerCreateRequest } from '@berth/api-types';
import { invalidArgument } from '@berth/errdefs';
import { signalNumber } from './signals';

export function checkCreateSettings(req: ContainerCreateRequest): void {
  // An unknown stop signal is refused now (`Invalid signal: X`), not first at stop.
  if (req.StopSignal) signalNumber(req.StopSignal);
  const oomScoreAdj = req.HostConfig?.OomScoreAdj ?? 0;
  if (oomScoreAdj < -1000 || oomScoreAdj > 1000) {
    throw invalidArgument(`Invalid value ${oomScoreAdj}, range for oom score adj is [-1000, 1000]`);
  }
}
