/** @berth/network — container networking (see README). */
export {};
