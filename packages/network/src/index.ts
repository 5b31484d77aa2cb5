/** @berth/network — container networking (see README). */
export {};
export * from './firewall';
