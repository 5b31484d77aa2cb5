/**
 * Human units as Docker prints them (its go-units package): durations like "About a minute",
 * decimal sizes like "4.26MB" for images, binary sizes like "15.5GiB" for memory.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Round half away from zero to a multiple of `unit`, as Go's Duration.Round does. */
function roundTo(ms: number, unit: number): number {
  return Math.sign(ms) * Math.round(Math.abs(ms) / unit) * unit;
}

/** An approximation of a duration in words: `Less than a second`, `3 seconds`, `About an hour`, `2 weeks`. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(roundTo(ms, HOUR) / HOUR);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / HOUR) / 24 / 365)} years`;
}

/** `5 seconds ago` for a Unix time in seconds (the API's `Created`), seen at `now` (ms). */
export function timeAgo(createdSeconds: number, now: number): string {
  return `${humanDuration(now - createdSeconds * 1000)} ago`;
}

/** Go's `%.<precision>g`: shortest of fixed or exponent form, trailing zeros dropped. */
export function formatG(value: number, precision: number): string {
  if (value === 0) return '0';
  const exponential = value.toExponential(precision - 1);
  const [mantissa, exponentText] = exponential.split('e');
  const exponent = Number(exponentText);
  const trim = (digits: string) => (digits.includes('.') ? digits.replace(/\.?0+$/, '') : digits);
  if (exponent < -4 || exponent >= precision) {
    const sign = exponent < 0 ? '-' : '+';
    return `${trim(mantissa)}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return trim(value.toFixed(Math.max(0, precision - 1 - exponent)));
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function scaled(size: number, base: number, units: string[], precision: number): string {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return `${formatG(size, precision)}${units[i]}`;
}

/** Decimal size with 3 significant digits, as `docker images` shows it: `4.26MB`, `999B`, `1.2GB`. */
export function humanSize(bytes: number): string {
  return scaled(bytes, 1000, DECIMAL_UNITS, 3);
}

/** Decimal size with 4 significant digits (go-units' HumanSize): `system df` sizes, prune totals: `1.982MB`. */
export function humanSize4(bytes: number): string {
  return scaled(bytes, 1000, DECIMAL_UNITS, 4);
}

/** Binary size with 4 significant digits, as `docker info` shows memory: `15.54GiB`. */
export function bytesSize(bytes: number): string {
  return scaled(bytes, 1024, BINARY_UNITS, 4);
}
