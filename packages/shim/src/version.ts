/** Reported by Connect so the engine can tell which shim build it reconnected to. */
export const SHIM_VERSION = '0.1.0';
