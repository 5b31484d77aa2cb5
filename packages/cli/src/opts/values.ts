/**
 * Parsers for the typed values of `run`'s flags, with the messages Docker's CLI gives for them
 * (go-units sizes and ulimits, big.Rat CPUs, Go durations and integers). Each throws an Error whose
 * message is the part pflag puts after `invalid argument "v" for "--flag" flag: `.
 */

/** Go's `strconv.ParseFloat` syntax for the numbers a person types (no hex floats, no inf/nan). */
const GO_FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function parseFloatGo(text: string): number {
  if (!GO_FLOAT.test(text)) throw new Error(`strconv.ParseFloat: parsing ${JSON.stringify(text)}: invalid syntax`);
  return Number(text);
}

/** Powers of 1024 by the first letter of a size suffix (go-units' binaryMap). */
const BINARY_UNITS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/**
 * go-units' RAMInBytes: `512`, `64m`, `1.5g`, `2 GiB`, `10kb` — binary multiples whatever the
 * spelling, negative sizes refused.
 */
export function ramInBytes(text: string): number {
  let num: string;
  let suffix: string;
  const space = text.indexOf(' ');
  if (space >= 0) {
    num = text.slice(0, space);
    suffix = text.slice(space + 1);
  } else {
    const sep = Math.max(...[...'0123456789.'].map((c) => text.lastIndexOf(c)));
    if (sep < 0) throw new Error(`invalid size: '${text}'`);
    num = text.slice(0, sep + 1);
    suffix = text.slice(sep + 1);
  }
  const size = parseFloatGo(num);
  if (size < 0) throw new Error(`invalid size: '${text}'`);
  if (suffix === '') return Math.trunc(size);
  const lower = suffix.toLowerCase();
  const bad = new Error(`invalid suffix: '${lower}'`);
  if (suffix.length > 3) throw new Error(`invalid suffix: '${suffix}'`);
  if (lower[0] === 'b') {
    if (lower.length > 1) throw bad;
    return Math.trunc(size);
  }
  const multiplier = BINARY_UNITS[lower[0]];
  if (multiplier === undefined) throw bad;
  if ((lower.length === 2 && lower[1] !== 'b') || (lower.length === 3 && lower.slice(1) !== 'ib')) throw bad;
  return Math.trunc(size * multiplier);
}

/** `--memory-swap`: a size, or `-1` for unlimited swap. */
export function swapBytes(text: string): number {
  return text === '-1' ? -1 : ramInBytes(text);
}

const NANO = 10n ** 9n;

/**
 * `--cpus` as billionths of a CPU, exactly as Docker's big.Rat parse: decimals (`1.5`, `2e-1`) and
 * fractions (`3/2`); anything finer than a billionth is refused rather than rounded.
 */
export function nanoCpus(text: string): number {
  const fail = () => new Error(`failed to parse ${text} as a rational number`);
  const fraction = /^([+-]?\d+)\/(\d+)$/.exec(text);
  let numerator: bigint;
  let denominator: bigint;
  if (fraction) {
    numerator = BigInt(fraction[1]) * NANO;
    denominator = BigInt(fraction[2]);
    if (denominator === 0n) throw fail();
  } else {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m || (m[2] === '' && !m[3])) throw fail();
    const [, sign, whole, frac = '', exp = '0'] = m;
    const scale = BigInt(frac.length) - BigInt(exp) - 9n;
    numerator = BigInt(`${sign}${whole}${frac}` || '0');
    denominator = 1n;
    if (scale > 0n) denominator = 10n ** scale;
    else numerator *= 10n ** -scale;
  }
  if (numerator % denominator !== 0n) throw new Error('value is too precise');
  return Number(numerator / denominator);
}

const DURATION_UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Go's `time.ParseDuration`, in nanoseconds: `1h30m`, `1.5s`, `300ms`, `-2s`, `0`. */
export function goDuration(text: string): number {
  const invalid = () => new Error(`time: invalid duration ${JSON.stringify(text)}`);
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') throw invalid();
  let total = 0;
  while (rest !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(rest);
    const number = m?.[0] ?? '';
    if (number === '' || number === '.' || !/\d/.test(number)) throw invalid();
    rest = rest.slice(number.length);
    const unit = /^[^\d.]*/.exec(rest)?.[0] ?? '';
    if (unit === '') throw new Error(`time: missing unit in duration ${JSON.stringify(text)}`);
    const scale = DURATION_UNITS[unit];
    if (scale === undefined) throw new Error(`time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(text)}`);
    rest = rest.slice(unit.length);
    total += Number(number) * scale;
  }
  return sign * Math.round(total);
}

/** Go's `strconv.ParseInt(text, 10, 64)` (and `ParseUint` with `unsigned`, `bits` wide). */
export function goInt(text: string, options: { unsigned?: boolean; bits?: number } = {}): number {
  const fn = options.unsigned ? 'ParseUint' : 'ParseInt';
  const pattern = options.unsigned ? /^\d+$/ : /^[+-]?\d+$/;
  if (!pattern.test(text)) throw new Error(`strconv.${fn}: parsing ${JSON.stringify(text)}: invalid syntax`);
  const value = BigInt(text);
  const bits = BigInt(options.bits ?? 64);
  const max = options.unsigned ? 2n ** bits - 1n : 2n ** (bits - 1n) - 1n;
  const min = options.unsigned ? 0n : -(2n ** (bits - 1n));
  if (value > max || value < min) throw new Error(`strconv.${fn}: parsing ${JSON.stringify(text)}: value out of range`);
  return Number(value);
}

export interface Ulimit {
  Name: string;
  Soft: number;
  Hard: number;
}

const ULIMIT_NAMES = ['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack'];

/** go-units' ParseUlimit: `name=soft[:hard]`, hard defaulting to soft, -1 meaning unlimited. */
export function parseUlimit(text: string): Ulimit {
  const eq = text.indexOf('=');
  if (eq < 0) throw new Error(`invalid ulimit argument: ${text}`);
  const name = text.slice(0, eq);
  if (!ULIMIT_NAMES.includes(name)) throw new Error(`invalid ulimit type: ${name}`);
  const value = text.slice(eq + 1);
  const colon = value.indexOf(':');
  const hardText = colon < 0 ? undefined : value.slice(colon + 1);
  const hardParsed = hardText === undefined ? undefined : goInt(hardText);
  const soft = goInt(colon < 0 ? value : value.slice(0, colon));
  const hard = hardParsed ?? soft;
  if (hard !== -1) {
    if (soft === -1) throw new Error(`ulimit soft limit must be less than or equal to hard limit: soft: -1 (unlimited), hard: ${hard}`);
    if (soft > hard) throw new Error(`ulimit soft limit must be less than or equal to hard limit: ${soft} > ${hard}`);
  }
  return { Name: name, Soft: soft, Hard: hard };
}
