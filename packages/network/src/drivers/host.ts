import { invalidArgument } from '@berth/errdefs';
import type { NetworkDriver } from '../types';

/**
 * `host` (the predefined `host` network): a container uses the host's own stack, so it has no
 * sandbox of its own. The engine runs such containers in berthd's namespace; joining the host
 * network from a sandbox is refused with dockerd's words.
 */
export function createHostDriver(): NetworkDriver {
  const refuse = () => invalidArgument('container cannot be disconnected from host network or connected to host network');
  return {
    name: 'host',
    scope: 'local',
    validateOptions(options) {
      if (Object.keys(options).length) throw invalidArgument('host driver takes no options');
    },
    async createNetwork() {},
    async deleteNetwork() {},
    async createEndpoint() {
      throw refuse();
    },
    async deleteEndpoint() {},
    async join() {
      throw refuse();
    },
    async leave() {},
  };
}
