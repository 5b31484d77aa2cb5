import { invalidArgument } from '@berth/errdefs';
import type { NetworkDriver } from '../types';

/**
 * `null` (the predefined `none` network): a sandbox with only `lo`. Endpoints exist as records
 * only; there is nothing to create or join on the host.
 */
export function createNullDriver(): NetworkDriver {
  return {
    name: 'null',
    scope: 'local',
    validateOptions(options) {
      if (Object.keys(options).length) throw invalidArgument('null driver takes no options');
    },
    async createNetwork() {},
    async deleteNetwork() {},
    async createEndpoint() {
      return {};
    },
    async deleteEndpoint() {},
    async join() {
      return {};
    },
    async leave() {},
  };
}
