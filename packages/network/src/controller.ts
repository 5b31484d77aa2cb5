import type { NetworkController, NetworkControllerOptions } from './types';

/** Predefined bridge/host/none on first start; re-adopts stored networks at every start. */
export async function createNetworkController(opts: NetworkControllerOptions): Promise<NetworkController> {
  void opts;
  throw new Error('TODO');
}
