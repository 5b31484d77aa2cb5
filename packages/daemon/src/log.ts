/**
 * berthd's own log lines (stderr), filtered by `log-level` as dockerd's are: a line below the
 * level is dropped. The level is read at every line, so a SIGHUP that reloads it takes effect at once.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A log function: info unless told otherwise. */
export type Log = (msg: string, level?: LogLevel) => void;

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/** A log writing to `out` the lines at or above `level()`. */
export function createLog(level: () => string, out: (line: string) => void = (line) => process.stderr.write(line)): Log {
  return (msg, at = 'info') => {
    const threshold = LOG_LEVELS.indexOf(isLogLevel(level()) ? (level() as LogLevel) : 'info');
    if (LOG_LEVELS.indexOf(at) < threshold) return;
    out(`${new Date().toISOString()} level=${at} ${msg}\n`);
  };
}
