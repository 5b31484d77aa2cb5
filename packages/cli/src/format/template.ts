/**
 * Go's text/template as Docker's `--format` / `-f` flags use it, following Go's lexer, parser and
 * executor: text and `{{ }}` actions (`{{-`/`-}}` trim spaces, `{{/* comments *\/}}`), fields
 * (`.Config.Cmd`, `.`), variables (`$`, `$x := ...`, `$x = ...`, `$x.Field`, scoped to the enclosing
 * `if`/`with`/`range`), literals, function calls, parenthesised and piped pipelines with fields after
 * them (`{{(index .Networks "bridge").IPAddress}}`), `if`/`else if`/`with`/`range` (with one or two
 * variables, over lists, maps in key order and integers) with `else`, `break` and `continue`.
 * Functions: docker's (`json`, `join`, `split`, `title`, `lower`, `upper`, `pad`, `truncate`) and
 * Go's (`and`, `or`, `not`, `len`, `index`, `slice`, `print`, `printf`, `println`, `eq`, `ne`, `lt`,
 * `le`, `gt`, `ge`), with Go's argument checks and messages. Values print as Go prints them
 * (`[a b]`, `map[k:v]`, `<no value>`, `<nil>`).
 *
 * What a missing field does depends on the data, as in Go, and so on the command (`TemplateOptions`):
 * on the struct behind a list (`ps`, `images` ...) it is an error naming that struct; docker
 * inspect falls back to a map with `missingkey=error`; elsewhere it prints `<no value>`.
 * Errors carry Go's location (`template: :1:2: executing "" at <.Bogus>: ...`, `template: :1: ...`).
 *
 * `renderList` adds Docker's list-formatting conventions on top: `table` (a header row and
 * aligned columns), `table TEMPLATE`, `json` (one JSON object per line) and a bare template.
 */
import { renderTable } from './table';

/**
 * A template that does not parse (`phase: 'parse'`) or execute; the commands turn it into
 * Docker's message and exit status.
 */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly phase: 'parse' | 'execute' = 'parse',
  ) {
    super(message);
  }
}

/** docker's usage of a list command's `--format` flag (ps, images, volume ls, stats ...). */
export const LIST_FORMAT_USAGE =
  "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

/** docker's usage of `--format` where there is no table (inspect, events, version, info). */
export const INSPECT_FORMAT_USAGE =
  "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates";

/** How field lookups behave, after the data docker executes the template on. */
export interface TemplateOptions {
  /**
   * The Go type of the struct each row is (`*formatter.ContainerContext`): a field it does not have
   * is an error naming it, as Go's "can't evaluate field". `json` prints such rows with sorted keys
   * (docker marshals them through a map).
   */
  struct?: string;
  /** `json` sorts the keys of objects: rows docker marshals through a map (its list contexts). */
  mapJson?: boolean;
  /** The template's name in errors (`template: version:1:2: executing "version" ...`); docker's is mostly "". */
  name?: string;
  /**
   * docker inspect: a field missing from an object is an error (`map has no entry for key`), except
   * in the objects that are Go maps in the typed response (`Labels`, `LogConfig.Config` ...), where
   * it is `<no value>` and `index` gives "".
   */
  inspect?: boolean;
}

/** Field names (or `Parent.Field`) whose values are Go maps in docker's typed inspect responses. */
const INSPECT_MAP_FIELDS = new Set([
  'Labels', 'LogConfig.Config', 'Options', 'Sysctls', 'Tmpfs', 'ExposedPorts', 'Volumes', 'Annotations', 'StorageOpt', 'Data', 'Ports', 'Networks',
  'DriverOpts', 'Attributes', 'PortBindings',
]);

/** Marks objects reached through a Go map field during an inspect lookup. */
const GO_MAPS = new WeakSet<object>();

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
};

/** Marks an integer JSON.stringify would round (a bigint, or a number beyond 2^53) for `exactJson`. */
const EXACT_INTEGER = '\u0000int:';

/**
 * JSON.stringify, but integers are written with all their digits as Go writes an int64 (an event's
 * `timeNano` is exact in a double yet JavaScript prints it rounded: …443400 for …443392).
 */
function exactJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v))) return `${EXACT_INTEGER}${BigInt(v)}`;
    return v;
  });
  return text.replace(/"\\u0000int:(-?\d+)"/g, '$1');
}

/** encoding/json of a row docker marshals as a map: sorted keys, `<`, `>`, `&` escaped. */
function goJson(value: unknown): string {
  return exactJson(sortKeys(value)).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/** A float as strconv formats it with `e` (two-digit exponent at least) and `g`: `1.5e+06`, `1e-05`. */
function goFloat(value: number, verb: 'e' | 'g', precision?: number): string {
  const exponent = (text: string) => text.replace(/e([+-])(\d)$/, 'e$10$2');
  if (verb === 'e') return exponent(precision === undefined ? value.toExponential() : value.toExponential(precision));
  const shortest = value.toExponential();
  const [mantissa, exp] = shortest.split('e');
  const digits = mantissa.replace(/[-.]/g, '').length;
  const x = Number(exp);
  // %g switches to an exponent below 1e-4 or at the precision (6 for the shortest form, as strconv does).
  let eprec = precision ?? 6;
  if (precision !== undefined && eprec > digits && digits >= x + 1) eprec = digits;
  if (x < -4 || x >= eprec) return exponent(precision === undefined ? shortest : Number(value.toPrecision(precision)).toExponential());
  return precision === undefined ? String(value) : String(Number(value.toPrecision(precision)));
}

/** How Go's fmt prints a value with `%v`. */
export function goString(value: unknown): string {
  if (value === undefined) return '<no value>';
  if (value === null) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(goString).join(' ')}]`;
  if (typeof value === 'object') {
    // A row's methods (`Label`) are no fields to print.
    const keys = Object.keys(value).filter((k) => typeof (value as Record<string, unknown>)[k] !== 'function');
    const entries = keys.sort().map((k) => `${k}:${goString((value as Record<string, unknown>)[k])}`);
    return `map[${entries.join(' ')}]`;
  }
  if (typeof value === 'number' && !Number.isInteger(value) && Number.isFinite(value)) return goFloat(value, 'g');
  return String(value);
}

/** The Go type fmt and the executor name for a value (docker's data is JSON: maps, slices, strings, numbers). */
function goTypeName(value: unknown): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' || typeof value === 'bigint') return typeof value === 'number' && !Number.isInteger(value) ? 'float64' : 'int';
  if (Array.isArray(value)) return '[]interface {}';
  if (typeof value === 'function') return 'func';
  if (value && typeof value === 'object') return 'map[string]interface {}';
  return 'interface {}';
}

/** Go's truth: non-zero numbers, non-empty strings, lists and maps, true. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.keys(value).length > 0;
  return !!value;
}

/** An error a function returns; the executor reports it as Go's `error calling NAME: ...`. */
class CallError extends Error {}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** strconv.Quote. */
function goQuote(s: string): string {
  const named: Record<string, string> = { '07': '\\a', '0b': '\\v' };
  return JSON.stringify(s).replace(/\\u00([0-9a-f]{2})/g, (_, hex: string) => named[hex] ?? `\\x${hex}`).replace(/\u007f/g, '\\x7f');
}

/** One fmt verb applied to one operand (`%-10s`, `%5d`, `%q` ...); Go's `%!d(string=x)` for a mismatch. */
function formatVerb(verb: string, flags: string, width: number | undefined, precision: number | undefined, arg: unknown): string {
  const bad = () => (arg === null || arg === undefined ? `%!${verb}(<nil>)` : `%!${verb}(${goTypeName(arg)}=${goString(arg)})`);
  const sign = (n: number, digits: string) => (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + digits;
  let text: string;
  let numeric = false;
  switch (verb) {
    case 'v':
      text = isInt(arg) ? sign(arg, String(Math.abs(arg))) : goString(arg);
      break;
    case 's':
      if (typeof arg === 'string') text = precision === undefined ? arg : [...arg].slice(0, precision).join('');
      else if (Array.isArray(arg) && arg.every((a) => typeof a === 'string')) text = goString(arg);
      else return bad();
      break;
    case 'q':
      if (typeof arg === 'string') text = goQuote(arg);
      else if (isInt(arg)) text = `'${String.fromCodePoint(arg)}'`;
      else return bad();
      break;
    case 'd':
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
      if (typeof arg === 'string' && (verb === 'x' || verb === 'X')) {
        text = utf8(arg).toString('hex');
        if (verb === 'X') text = text.toUpperCase();
        break;
      }
      if (!isInt(arg)) return bad();
      const radix = { d: 10, b: 2, o: 8, x: 16, X: 16 }[verb];
      let digits = Math.abs(arg).toString(radix);
      if (verb === 'X') digits = digits.toUpperCase();
      if (flags.includes('#') && verb !== 'd' && verb !== 'b') digits = (verb === 'o' ? '0' : verb === 'x' ? '0x' : '0X') + digits;
      text = sign(arg, digits);
      numeric = true;
      break;
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
      if (typeof arg !== 'number' || Number.isInteger(arg)) return bad();
      const abs = Math.abs(arg);
      let digits: string;
      if (verb === 'f' || verb === 'F') digits = abs.toFixed(precision ?? 6);
      else if (verb === 'e' || verb === 'E') digits = goFloat(abs, 'e', precision ?? 6);
      else digits = goFloat(abs, 'g', precision);
      if (verb === 'E' || verb === 'G') digits = digits.toUpperCase();
      text = sign(arg, digits);
      numeric = true;
      break;
    }
    case 'T':
      text = arg === null || arg === undefined ? '<nil>' : goTypeName(arg);
      break;
    case 't':
      if (typeof arg !== 'boolean') return bad();
      text = String(arg);
      break;
    case 'c':
      if (!isInt(arg)) return bad();
      text = String.fromCodePoint(arg);
      break;
    case 'U':
      if (!isInt(arg)) return bad();
      text = `U+${arg.toString(16).toUpperCase().padStart(4, '0')}`;
      break;
    default:
      return bad();
  }
  const pad = (width ?? 0) - [...text].length;
  if (pad <= 0) return text;
  if (flags.includes('-')) return text + ' '.repeat(pad);
  if (flags.includes('0') && numeric) {
    const signed = /^[+\- ]/.test(text) ? 1 : 0;
    return text.slice(0, signed) + '0'.repeat(pad) + text.slice(signed);
  }
  return ' '.repeat(pad) + text;
}

/** fmt.Sprintf: flags, width, precision and the verbs docker users write; Go's MISSING / EXTRA marks. */
function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let next = 0;
  const directive = /%([-+# 0]*)(\d+)?(?:\.(\d*))?([\s\S])?/y;
  for (let i = 0; i < format.length; ) {
    const percent = format.indexOf('%', i);
    if (percent < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, percent);
    directive.lastIndex = percent;
    const m = directive.exec(format)!;
    i = directive.lastIndex;
    const [, flags, width, precision, verb] = m;
    if (verb === undefined) out += '%!(NOVERB)';
    else if (verb === '%') out += '%';
    else if (next >= args.length) out += `%!${verb}(MISSING)`;
    else out += formatVerb(verb, flags, width === undefined ? undefined : Number(width), precision === undefined ? undefined : Number(precision || 0), args[next++]);
  }
  if (next < args.length) out += `%!(EXTRA ${args.slice(next).map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${goString(a)}`)).join(', ')})`;
  return out;
}

/** Go's comparison kinds: numbers, strings and bools compare; nil and missing values compare as nothing. */
function basicKind(v: unknown): 'int' | 'string' | 'bool' | 'invalid' | 'other' {
  if (v === undefined || v === null) return 'invalid';
  if (typeof v === 'number' || typeof v === 'bigint') return 'int';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  return 'other';
}

function eq(a: unknown, ...rest: unknown[]): boolean {
  if (rest.length === 0) throw new CallError('missing argument for comparison');
  const k1 = basicKind(a);
  for (const b of rest) {
    const k2 = basicKind(b);
    if (k1 !== k2) {
      if (k1 !== 'invalid' && k2 !== 'invalid') throw new CallError('incompatible types for comparison');
      continue;
    }
    if (k1 === 'other') throw new CallError(`non-comparable type ${goString(b)}: ${goTypeName(b)}`);
    if (k1 !== 'invalid' && a === b) return true;
  }
  return false;
}

function lt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'invalid' || k1 === 'other' || k2 === 'invalid' || k2 === 'other') throw new CallError('invalid type for comparison');
  if (k1 !== k2) throw new CallError('incompatible types for comparison');
  if (k1 === 'bool') throw new CallError('invalid type for comparison');
  return (a as number | string) < (b as number | string);
}

/** The index an `index`/`slice` argument is: an integer no larger than `cap`. */
function indexArg(index: unknown, cap: number): number {
  if (index === null || index === undefined) throw new CallError('cannot index slice/array with nil');
  if (!isInt(index)) throw new CallError(`cannot index slice/array with type ${goTypeName(index)}`);
  if (index < 0 || index > cap) throw new CallError(`index out of range: ${index}`);
  return index;
}

/** The zero value of a map's elements, for a key it does not have: "" for docker's maps of strings. */
function mapZero(map: Record<string, unknown>, raw: boolean): unknown {
  if (Object.values(map).every((v) => typeof v === 'string')) return raw ? undefined : '';
  // A typed map of structs gives a nil pointer; docker inspect's plain maps give nothing.
  return raw ? undefined : null;
}

function index(raw: boolean, item: unknown, ...indexes: unknown[]): unknown {
  if (item === null || item === undefined) throw new CallError('index of untyped nil');
  for (const key of indexes) {
    if (item === null || item === undefined) throw new CallError('index of nil pointer');
    if (typeof item === 'string' || Array.isArray(item)) {
      const bytes = typeof item === 'string' ? utf8(item) : undefined;
      const length = bytes ? bytes.length : (item as unknown[]).length;
      const i = indexArg(key, length);
      if (i === length) throw new CallError(`reflect: ${bytes ? 'string' : 'slice'} index out of range`);
      item = bytes ? bytes[i] : (item as unknown[])[i];
    } else if (typeof item === 'object') {
      if (typeof key !== 'string') throw new CallError(`value has type ${goTypeName(key)}; should be string`);
      const map = item as Record<string, unknown>;
      item = Object.prototype.hasOwnProperty.call(map, key) ? map[key] : mapZero(map, raw);
    } else {
      throw new CallError(`can't index item of type ${goTypeName(item)}`);
    }
  }
  return item;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === null || item === undefined) throw new CallError('slice of untyped nil');
  if (indexes.length > 3) throw new CallError(`too many slice indexes: ${indexes.length}`);
  if (typeof item === 'string' && indexes.length === 3) throw new CallError('cannot 3-index slice a string');
  if (typeof item !== 'string' && !Array.isArray(item)) throw new CallError(`can't slice item of type ${goTypeName(item)}`);
  const bytes = typeof item === 'string' ? utf8(item) : undefined;
  const length = bytes ? bytes.length : (item as unknown[]).length;
  const idx = [0, length, length];
  indexes.forEach((x, i) => (idx[i] = indexArg(x, length)));
  if (idx[0] > idx[1]) throw new CallError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) throw new CallError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  return bytes ? bytes.subarray(idx[0], idx[1]).toString('utf8') : (item as unknown[]).slice(idx[0], idx[1]);
}

function len(item: unknown): number {
  if (item === null || item === undefined) throw new CallError('len of nil pointer');
  if (typeof item === 'string') return utf8(item).length;
  if (Array.isArray(item)) return item.length;
  if (typeof item === 'object') return Object.keys(item).length;
  throw new CallError(`len of type ${goTypeName(item)}`);
}

/**
 * The Go type of a parameter, which decides how arguments are checked and converted:
 * `value` (reflect.Value: Go's builtins, a missing value stays missing), `any` (interface{}: a
 * missing value is nil), or a concrete type (docker's functions).
 */
type ParamType = 'value' | 'any' | 'string' | 'int' | '[]string';

interface Func {
  params: ParamType[];
  /** The type of a variadic last parameter. */
  variadic?: ParamType;
  fn: (...args: unknown[]) => unknown;
}

const FUNCS: Record<string, Func> = {
  json: { params: ['any'], fn: (v) => exactJson(v === undefined ? null : v) },
  join: { params: ['[]string', 'string'], fn: (list, sep) => ((list as string[] | null) ?? []).join(sep as string) },
  split: { params: ['string', 'string'], fn: (s, sep) => (sep === '' ? [...(s as string)] : (s as string).split(sep as string)) },
  upper: { params: ['string'], fn: (s) => (s as string).toUpperCase() },
  lower: { params: ['string'], fn: (s) => (s as string).toLowerCase() },
  title: { params: ['string'], fn: (s) => (s as string).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase()) },
  pad: {
    params: ['string', 'int', 'int'],
    fn: (s, before, after) => {
      if ((before as number) < 0 || (after as number) < 0) throw new CallError('strings: negative Repeat count');
      return `${' '.repeat(before as number)}${s as string}${' '.repeat(after as number)}`;
    },
  },
  truncate: {
    params: ['string', 'int'],
    fn: (s, n) => {
      const chars = [...(s as string)];
      return chars.length > (n as number) ? chars.slice(0, Math.max(0, n as number)).join('') : (s as string);
    },
  },
  len: { params: ['value'], fn: len },
  index: { params: ['value'], variadic: 'value', fn: (item, ...keys) => index(false, item, ...keys) },
  slice: { params: ['value'], variadic: 'value', fn: slice },
  print: {
    params: [],
    variadic: 'any',
    // fmt.Sprint: a space between operands when neither is a string.
    fn: (...args) => args.map((a, i) => (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string' ? ' ' : '') + goString(a)).join(''),
  },
  printf: { params: ['string'], variadic: 'any', fn: (format, ...args) => sprintf(format as string, args) },
  println: { params: [], variadic: 'any', fn: (...args) => `${args.map(goString).join(' ')}\n` },
  eq: { params: ['value'], variadic: 'value', fn: eq },
  ne: { params: ['value', 'value'], fn: (a, b) => !eq(a, b) },
  lt: { params: ['value', 'value'], fn: lt },
  le: { params: ['value', 'value'], fn: (a, b) => lt(a, b) || eq(a, b) },
  gt: { params: ['value', 'value'], fn: (a, b) => !(lt(a, b) || eq(a, b)) },
  ge: { params: ['value', 'value'], fn: (a, b) => !lt(a, b) },
  not: { params: ['value'], fn: (v) => !truthy(v) },
  // Evaluated lazily by the executor (Go short-circuits them); these are their signatures.
  and: { params: ['value'], variadic: 'value', fn: () => undefined },
  or: { params: ['value'], variadic: 'value', fn: () => undefined },
};

/**
 * docker's table header row runs the template on a map of column titles with these functions,
 * which return the title unchanged (`{{json .Names}}` heads a column `NAMES`).
 */
const HEADER_FUNCS: Record<string, Func> = Object.fromEntries(
  (['json', 'split', 'join', 'title', 'lower', 'upper', 'truncate'] as const).map((name) => [
    name,
    { params: FUNCS[name].params.map((p, i) => (i === 0 ? 'string' : p)), fn: (title: unknown) => title },
  ]),
);

// ---- lexing and parsing -------------------------------------------------------------------

/** A parse error, reported as Go's `template: NAME:LINE: MESSAGE` at `pos`. */
class ParseError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

type TokenType =
  | 'field' | 'variable' | 'dot' | 'identifier' | 'keyword' | 'string' | 'char' | 'number' | 'bool' | 'nil'
  | 'pipe' | 'lparen' | 'rparen' | 'declare' | 'assign' | 'punct';

interface Token {
  type: TokenType;
  text: string;
  /** Offset in the template text. */
  pos: number;
  /** Whether space separates it from the token before (a field right after a term chains on it). */
  spaced: boolean;
}

const TERM_STARTS = new Set<TokenType>(['identifier', 'dot', 'nil', 'variable', 'field', 'bool', 'number', 'string', 'char', 'lparen']);
const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'break', 'continue', 'define', 'template', 'block']);
const isAlphaNumeric = (c: string | undefined) => c !== undefined && /^[\p{L}\p{Nd}_]$/u.test(c);
const isSpace = (c: string | undefined) => c !== undefined && /^\s$/.test(c);

/** Go's `%#U`: `U+002D '-'`. */
function runeName(c: string): string {
  const code = c.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c) || c === ' ' ? `${hex} '${c}'` : hex;
}

/** The tokens of one action's text (`source`, at `offset` in the template), as Go's lexer splits them. */
function lexAction(source: string, offset: number, complete = true): Token[] {
  const tokens: Token[] = [];
  const chars = [...source];
  // Index into `chars` and the matching UTF-16 offset in `source`, for positions.
  let i = 0;
  let spaced = false;
  let depth = 0;
  const posOf = (index: number) => offset + chars.slice(0, index).join('').length;
  const atTerminator = (index: number) => index >= chars.length || isSpace(chars[index]) || '.,|:()'.includes(chars[index]);
  const push = (type: TokenType, start: number) => {
    tokens.push({ type, text: chars.slice(start, i).join(''), pos: posOf(start), spaced });
    spaced = false;
  };
  const fail = (message: string, at = i): never => {
    throw new ParseError(message, posOf(at));
  };
  while (i < chars.length) {
    const c = chars[i];
    const start = i;
    if (isSpace(c)) {
      i++;
      spaced = true;
      continue;
    }
    if (c === '=') {
      i++;
      push('assign', start);
    } else if (c === ':') {
      if (chars[i + 1] !== '=') fail('expected :=');
      i += 2;
      push('declare', start);
    } else if (c === '|') {
      i++;
      push('pipe', start);
    } else if (c === '"' || c === "'") {
      for (i++; chars[i] !== c; i++) {
        if (chars[i] === '\\') i++;
        if (i >= chars.length || chars[i] === '\n') fail(c === '"' ? 'unterminated quoted string' : 'unterminated character constant');
      }
      i++;
      push(c === '"' ? 'string' : 'char', start);
    } else if (c === '`') {
      i = chars.indexOf('`', i + 1);
      if (i < 0) fail('unterminated raw quoted string', start);
      i++;
      push('string', start);
    } else if (c === '$' || (c === '.' && !/[0-9]/.test(chars[i + 1] ?? ''))) {
      // A field or a variable: `.`/`$` alone, or followed by an identifier that must end at a terminator.
      i++;
      while (isAlphaNumeric(chars[i])) i++;
      if (!atTerminator(i)) fail(`bad character ${runeName(chars[i])}`);
      push(c === '$' ? 'variable' : i - start === 1 ? 'dot' : 'field', start);
    } else if (c === '+' || c === '-' || c === '.' || /[0-9]/.test(c)) {
      i++;
      while (i < chars.length && (/[0-9a-zA-Z_.]/.test(chars[i]) || ('+-'.includes(chars[i]) && /[eEpP]/.test(chars[i - 1])))) i++;
      const text = chars.slice(start, i).join('');
      if (!/^[+-]?(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]+|([0-9][0-9_]*)?(\.[0-9_]*)?([eE][+-]?[0-9]+)?)i?$/.test(text) || !/[0-9]/.test(text)) {
        fail(`bad number syntax: ${goQuote(text)}`, start);
      }
      push('number', start);
    } else if (isAlphaNumeric(c)) {
      while (isAlphaNumeric(chars[i])) i++;
      if (!atTerminator(i)) fail(`bad character ${runeName(chars[i])}`);
      const word = chars.slice(start, i).join('');
      push(KEYWORDS.has(word) ? 'keyword' : word === 'true' || word === 'false' ? 'bool' : word === 'nil' ? 'nil' : 'identifier', start);
    } else if (c === '(') {
      i++;
      depth++;
      push('lparen', start);
    } else if (c === ')') {
      i++;
      if (--depth < 0) fail(`unexpected right paren`, start);
      push('rparen', start);
    } else if (/^[\x21-\x7e]$/.test(c)) {
      i++;
      push('punct', start);
    } else {
      fail(`unrecognized character in action: ${runeName(c)}`);
    }
  }
  if (complete && depth > 0) fail('unclosed left paren');
  return tokens;
}

/**
 * Where the action starting at `start` ends (its `}}`): quoted strings and comments may hold `}}`.
 * An action that does not end fails as Go's lexer fails on it (`unterminated raw quoted string`).
 */
function actionEnd(text: string, start: number, comment: boolean): number {
  if (comment) {
    const end = text.indexOf('*/', start + 2);
    if (end < 0) throw new ParseError('unclosed comment', text.length);
    const close = text.slice(end + 2).match(/^( -)?\}\}/);
    if (!close) throw new ParseError('comment ends before closing delimiter', end);
    return end + 2 + close[0].length - 2;
  }
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (text.startsWith('}}', i)) return i;
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) break;
      i = end;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      for (; j < text.length && text[j] !== c && text[j] !== '\n'; j++) if (text[j] === '\\') j++;
      if (j >= text.length || text[j] === '\n') break;
      i = j;
    }
  }
  // Go's lexer reports what in the unfinished action is wrong before the missing delimiter.
  lexAction(text.slice(start), start, false);
  throw new ParseError('unclosed action', text.length);
}

/** Split into text and action sources, applying `{{-` / `-}}` trimming. */
function lex(text: string): Array<{ text: string } | { action: string; pos: number; comment: boolean }> {
  const parts: Array<{ text: string } | { action: string; pos: number; comment: boolean }> = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      parts.push({ text: text.slice(i) });
      break;
    }
    let before = text.slice(i, open);
    let start = open + 2;
    let marker = 0;
    if (text.startsWith('- ', start) || text.startsWith('-\t', start) || text.startsWith('-\n', start)) {
      before = before.replace(/\s+$/, '');
      start += 1;
      marker = 1;
    }
    // A comment opens right after the delimiter (and its trim marker); `{{ /*` is no comment in Go.
    const comment = text.startsWith('/*', start + marker);
    const close = actionEnd(text, start + (comment ? marker : 0), comment);
    let inner = text.slice(start, close);
    let next = close + 2;
    if (/\s-$/.test(inner)) {
      inner = inner.slice(0, -1);
      while (next < text.length && /\s/.test(text[next])) next++;
    }
    if (before) parts.push({ text: before });
    const lead = inner.length - inner.trimStart().length;
    parts.push({ action: inner.trim(), pos: start + lead, comment });
    i = next;
  }
  return parts;
}

interface Pipe {
  pos: number;
  decl: string[];
  isAssign: boolean;
  cmds: Cmd[];
}
interface Cmd {
  pos: number;
  args: Expr[];
}
type Expr =
  | { kind: 'field'; pos: number; idents: string[] }
  | { kind: 'variable'; pos: number; idents: string[] }
  | { kind: 'dot'; pos: number }
  | { kind: 'nil'; pos: number }
  | { kind: 'literal'; pos: number; value: string | number | boolean; text: string }
  | { kind: 'identifier'; pos: number; name: string }
  | { kind: 'pipe'; pos: number; pipe: Pipe }
  | { kind: 'chain'; pos: number; node: Expr; fields: string[] };
type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pos: number; pipe: Pipe }
  | ControlNode
  | { kind: 'break'; pos: number }
  | { kind: 'continue'; pos: number }
  | { kind: 'template'; pos: number; name: string; pipe: Pipe | null };
interface ControlNode {
  kind: 'if' | 'with' | 'range';
  pos: number;
  pipe: Pipe;
  list: Node[];
  else: Node[] | null;
}

/** Somewhere the executor can be (Go's `s.at(node)`), named in errors as Go's node.String() names it. */
type Located = Expr | Cmd | Pipe | Node;

function showPipe(pipe: Pipe): string {
  const decl = pipe.decl.length > 0 ? `${pipe.decl.join(', ')} ${pipe.isAssign ? '=' : ':='} ` : '';
  return decl + pipe.cmds.map(showCmd).join(' | ');
}
function showCmd(cmd: Cmd): string {
  return cmd.args.map((a) => (a.kind === 'pipe' ? `(${showPipe(a.pipe)})` : show(a))).join(' ');
}
function show(node: Located): string {
  if ('args' in node) return showCmd(node);
  if ('cmds' in node) return showPipe(node);
  switch (node.kind) {
    case 'field':
      return `.${node.idents.join('.')}`;
    case 'variable':
      return node.idents.join('.');
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'literal':
      return node.text;
    case 'identifier':
      return node.name;
    case 'pipe':
      return showPipe(node.pipe);
    case 'chain':
      return `${node.node.kind === 'pipe' ? `(${showPipe(node.node.pipe)})` : show(node.node)}.${node.fields.join('.')}`;
    case 'text':
      return node.text;
    case 'action':
      return `{{${showPipe(node.pipe)}}}`;
    case 'break':
    case 'continue':
      return `{{${node.kind}}}`;
    case 'template':
      return `{{template ${goQuote(node.name)}${node.pipe ? ` ${showPipe(node.pipe)}` : ''}}}`;
    default:
      return `{{${node.kind} ${showPipe(node.pipe)}}}`;
  }
}

/** Go's quoting of an unexpected item: `"}"`, long ones cut (`"abcdefghij"...`). */
function itemText(token: Token | undefined): string {
  // The action's end is Go's right delimiter item.
  if (!token) return '"}}"';
  if (token.type === 'keyword') return `<${token.text}>`;
  return token.text.length > 10 ? `${goQuote(token.text.slice(0, 10))}...` : goQuote(token.text);
}

/** The value of a string, raw string or character literal. */
function literalValue(token: Token): string | number {
  if (token.text.startsWith('`')) return token.text.slice(1, -1);
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };
  const unquoted = token.text.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|[\s\S])/g, (whole, escape: string) => {
    if (/^[xuU]/.test(escape) && escape.length > 1) return String.fromCodePoint(parseInt(escape.slice(1), 16));
    if (/^[0-7]{3}$/.test(escape)) return String.fromCodePoint(parseInt(escape, 8));
    if (simple[escape] === undefined) throw new ParseError(`invalid syntax`, token.pos);
    return simple[escape];
  });
  return token.type === 'char' ? unquoted.codePointAt(0)! : unquoted;
}

function numberValue(text: string): number {
  const clean = text.replace(/_/g, '');
  const negative = clean.startsWith('-');
  const body = clean.replace(/^[+-]/, '');
  let value: number;
  if (/^0[xX]/.test(body) && !/[.pP]/.test(body)) value = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) value = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) value = parseInt(body.slice(2), 8);
  else if (/^0[0-7]+$/.test(body)) value = parseInt(body, 8);
  else value = Number(body);
  return negative ? -value : value;
}

/** Parses one template (Go's parse.Tree): the variables in scope are tracked, as Go reports undefined ones. */
class Parser {
  private parts: ReturnType<typeof lex>;
  private index = 0;
  private vars = ['$'];
  private rangeDepth = 0;
  private tokens: Token[] = [];
  private at = 0;
  /** How deep in if/with/range/define the parser is: `{{define}}` is for the top level only. */
  private nesting = 0;
  /** The templates `{{define}}` and `{{block}}` name, for `{{template}}`. */
  readonly defines = new Map<string, Node[]>();

  constructor(private readonly text: string) {
    this.parts = lex(text);
  }

  parse(): Node[] {
    const { nodes, end } = this.list();
    if (end) throw new ParseError(`unexpected {{${end.word}}}`, end.pos);
    return nodes;
  }

  /** Nodes up to an `{{else}}` or `{{end}}` (returned with the tokens after the keyword) or the end. */
  private list(): { nodes: Node[]; end?: { word: string; pos: number; rest: Token[] } } {
    const nodes: Node[] = [];
    while (this.index < this.parts.length) {
      const part = this.parts[this.index++];
      if ('text' in part) {
        nodes.push({ kind: 'text', text: part.text });
        continue;
      }
      if (part.comment) continue;
      this.tokens = lexAction(part.action, part.pos);
      this.at = 0;
      const first = this.tokens[0];
      if (first?.type === 'keyword') {
        this.at = 1;
        switch (first.text) {
          case 'end':
          case 'else':
            return { nodes, end: { word: first.text, pos: first.pos, rest: this.tokens.slice(1) } };
          case 'if':
          case 'with':
          case 'range':
            nodes.push(this.control(first.text, first.pos));
            continue;
          case 'break':
          case 'continue':
            if (this.rangeDepth === 0) throw new ParseError(`{{${first.text}}} outside {{range}}`, first.pos);
            if (this.tokens.length > 1) throw new ParseError(`unexpected ${itemText(this.tokens[1])} in {{${first.text}}}`, first.pos);
            nodes.push({ kind: first.text, pos: first.pos });
            continue;
          case 'define':
            if (this.nesting > 0) throw new ParseError(`unexpected <define> in command`, first.pos);
            this.define(this.templateName('define clause', first.pos), 'define clause', first.pos);
            continue;
          case 'template':
          case 'block': {
            const context = `${first.text} clause`;
            const nameToken = this.tokens[1];
            const name = this.templateName(context, first.pos);
            const pipe = this.peek() || first.text === 'block' ? this.pipeline(context, nameToken.pos) : null;
            if (first.text === 'block') this.define(name, context, first.pos);
            nodes.push({ kind: 'template', pos: nameToken.pos, name, pipe });
            continue;
          }
          default:
            throw new ParseError(`unexpected ${itemText(first)} in command`, first.pos);
        }
      }
      nodes.push({ kind: 'action', pos: part.pos, pipe: this.pipeline('command', part.pos) });
    }
    return { nodes };
  }

  /** The quoted name after `{{define`, `{{template` or `{{block`. */
  private templateName(context: string, pos: number): string {
    const token = this.tokens[this.at++];
    if (token?.type !== 'string') throw new ParseError(`unexpected ${itemText(token)} in ${context}`, token?.pos ?? pos);
    return literalValue(token) as string;
  }

  /** The body of a `{{define}}` or `{{block}}` up to its `{{end}}`: a template of its own, with its own `$`. */
  private define(name: string, context: string, pos: number): void {
    if (context === 'define clause' && this.peek()) throw new ParseError(`unexpected ${itemText(this.peek())} in ${context}`, this.peek()!.pos);
    const vars = this.vars;
    const rangeDepth = this.rangeDepth;
    this.vars = ['$'];
    this.rangeDepth = 0;
    this.nesting++;
    const body = this.list();
    this.nesting--;
    this.vars = vars;
    this.rangeDepth = rangeDepth;
    if (!body.end) throw new ParseError('unexpected EOF', this.text.length);
    if (body.end.word !== 'end') throw new ParseError(`unexpected {{${body.end.word}}} in ${context}`, body.end.pos);
    const empty = (nodes: Node[]) => nodes.every((n) => n.kind === 'text' && n.text.trim() === '');
    const existing = this.defines.get(name);
    if (existing && !empty(existing) && !empty(body.nodes)) throw new ParseError(`template: multiple definition of template "${name}"`, pos);
    if (!existing || empty(existing)) this.defines.set(name, body.nodes);
  }

  /** `{{if|with|range PIPELINE}} LIST [{{else}} LIST | {{else if ...}} ...] {{end}}`. */
  private control(kind: 'if' | 'with' | 'range', pos: number): Node {
    const mark = this.vars.length;
    const pipe = this.pipeline(kind, pos);
    if (kind === 'range') this.rangeDepth++;
    this.nesting++;
    const body = this.list();
    this.nesting--;
    if (kind === 'range') this.rangeDepth--;
    if (!body.end) throw new ParseError('unexpected EOF', this.text.length);
    let elseList: Node[] | null = null;
    if (body.end.word === 'else') {
      const [next] = body.end.rest;
      if (next?.type === 'keyword' && (next.text === 'if' || next.text === 'with') && kind !== 'range') {
        // `{{else if ...}}` is an `if` inside the else list; it takes the one `{{end}}`.
        this.tokens = body.end.rest;
        this.at = 1;
        elseList = [this.control(next.text, next.pos)];
      } else {
        if (next) throw new ParseError(`unexpected ${itemText(next)} in else`, next.pos);
        this.nesting++;
        const second = this.list();
        this.nesting--;
        if (!second.end) throw new ParseError('unexpected EOF', this.text.length);
        if (second.end.word !== 'end') throw new ParseError(`expected end; found {{${second.end.word}}}`, second.end.pos);
        if (second.end.rest.length) throw new ParseError(`unexpected ${itemText(second.end.rest[0])} in end`, second.end.rest[0].pos);
        elseList = second.nodes;
      }
    } else if (body.end.rest.length) {
      throw new ParseError(`unexpected ${itemText(body.end.rest[0])} in end`, body.end.rest[0].pos);
    }
    this.vars.length = mark;
    return { kind, pos, pipe, list: body.nodes, else: elseList };
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  /** `[$x[, $y] (:=|=)] command [| command ...]`, up to the action's end or (nested) a right paren. */
  private pipeline(context: string, pos: number, nested = false): Pipe {
    const pipe: Pipe = { pos, decl: [], isAssign: false, cmds: [] };
    const start = this.peek();
    if (start?.type === 'variable') {
      const after = this.tokens[this.at + 1];
      if (after?.type === 'declare' || after?.type === 'assign') {
        pipe.decl.push(start.text);
        pipe.isAssign = after.type === 'assign';
        this.at += 2;
      } else if (after?.type === 'punct' && after.text === ',' && context === 'range') {
        const second = this.tokens[this.at + 2];
        const op = this.tokens[this.at + 3];
        if (second?.type !== 'variable') throw new ParseError('range can only initialize variables', after.pos);
        if (op?.type !== 'declare' && op?.type !== 'assign') throw new ParseError(`too many declarations in ${context}`, second.pos);
        pipe.decl.push(start.text, second.text);
        pipe.isAssign = op.type === 'assign';
        this.at += 4;
      } else if (after?.type === 'punct' && after.text === ',') {
        throw new ParseError(`too many declarations in ${context}`, after.pos);
      }
    }
    for (;;) {
      const token = this.peek();
      if (token === undefined || token.type === 'rparen') {
        if (nested && token === undefined) throw new ParseError('unclosed left paren', pos);
        if (!nested && token !== undefined) throw new ParseError(`unexpected ${itemText(token)} in ${context}`, token.pos);
        if (nested) this.at++;
        break;
      }
      if (!TERM_STARTS.has(token.type)) throw new ParseError(`unexpected ${itemText(token)} in ${context}`, token.pos);
      pipe.cmds.push(this.command(context));
    }
    if (pipe.cmds.length === 0) throw new ParseError(`missing value for ${context}`, pos);
    pipe.cmds.slice(1).forEach((cmd, i) => {
      if (['literal', 'dot', 'nil'].includes(cmd.args[0].kind)) throw new ParseError(`non executable command in pipeline stage ${i + 2}`, cmd.pos);
    });
    if (!pipe.isAssign) this.vars.push(...pipe.decl);
    return pipe;
  }

  private command(context: string): Cmd {
    const cmd: Cmd = { pos: this.peek()!.pos, args: [] };
    for (;;) {
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.peek();
      if (token === undefined || token.type === 'rparen') break;
      if (token.type === 'pipe') {
        this.at++;
        break;
      }
      if (!operand) throw new ParseError(`unexpected ${itemText(token)} in ${context === 'command' ? 'operand' : context}`, token.pos);
    }
    if (cmd.args.length === 0) throw new ParseError('empty command', cmd.pos);
    return cmd;
  }

  private useVar(name: string, pos: number): void {
    if (!this.vars.includes(name)) throw new ParseError(`undefined variable "${name}"`, pos);
  }

  /** A term and the fields right after it: `.A.B`, `$x.A`, `(pipeline).A`. */
  private operand(): Expr | undefined {
    const term = this.term();
    if (!term) return undefined;
    const fields: Token[] = [];
    while (this.peek()?.type === 'field' && !this.peek()!.spaced) fields.push(this.tokens[this.at++]);
    if (fields.length === 0) return term;
    // Go places the chain at its first added field.
    const pos = fields[0].pos;
    const names = fields.map((f) => f.text.slice(1));
    switch (term.kind) {
      case 'field':
        return { kind: 'field', pos, idents: [...term.idents, ...names] };
      case 'variable':
        return { kind: 'variable', pos, idents: [...term.idents, ...names] };
      case 'literal':
      case 'dot':
      case 'nil':
        throw new ParseError(`unexpected . after term ${goQuote(show(term))}`, pos);
      default:
        return { kind: 'chain', pos, node: term, fields: names };
    }
  }

  private term(): Expr | undefined {
    const token = this.peek();
    if (!token) return undefined;
    const { pos } = token;
    switch (token.type) {
      case 'identifier':
        if (!Object.prototype.hasOwnProperty.call(FUNCS, token.text)) throw new ParseError(`function "${token.text}" not defined`, pos);
        this.at++;
        return { kind: 'identifier', pos, name: token.text };
      case 'dot':
        this.at++;
        return { kind: 'dot', pos };
      case 'nil':
        this.at++;
        return { kind: 'nil', pos };
      case 'variable':
        this.useVar(token.text, pos);
        this.at++;
        return { kind: 'variable', pos, idents: [token.text] };
      case 'field':
        this.at++;
        return { kind: 'field', pos, idents: [token.text.slice(1)] };
      case 'bool':
        this.at++;
        return { kind: 'literal', pos, value: token.text === 'true', text: token.text };
      case 'number':
        this.at++;
        return { kind: 'literal', pos, value: numberValue(token.text), text: token.text };
      case 'string':
      case 'char':
        this.at++;
        return { kind: 'literal', pos, value: literalValue(token), text: token.text };
      case 'lparen':
        this.at++;
        return { kind: 'pipe', pos, pipe: this.pipeline('parenthesized pipeline', pos, true) };
      default:
        return undefined;
    }
  }
}

// ---- execution ----------------------------------------------------------------------------

/** No value was piped into a command (Go's missingVal). */
const MISSING = Symbol('missing');
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');

/** One execution (Go's exec.state): the variables in scope and where it is, for error locations. */
class State {
  private vars: Array<{ name: string; value: unknown }>;
  private node: Located | undefined;
  /** The `{{define}}`d template being executed, which Go names in errors. */
  private template: string | undefined;
  readonly out: string[] = [];

  constructor(
    private readonly options: TemplateOptions,
    private readonly source: string,
    private readonly root: unknown,
    private readonly funcs: Record<string, Func>,
    private readonly defines: Map<string, Node[]>,
    /** docker inspect's second try: the response decoded as plain maps, every missing key an error. */
    private readonly raw = false,
  ) {
    this.vars = [{ name: '$', value: root }];
  }

  private at(node: Located): void {
    this.node = node;
  }

  /** Go's `template: NAME:LINE:COL: executing "NAME" at <NODE>: PROBLEM`. */
  private fail(problem: string): never {
    const name = this.options.name ?? '';
    if (!this.node || !('pos' in this.node)) throw new TemplateError(`template: ${name}: ${problem}`, 'execute');
    const before = this.source.slice(0, this.node.pos);
    const newline = before.lastIndexOf('\n');
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    const col = newline < 0 ? this.node.pos : this.node.pos - newline - 1;
    throw new TemplateError(`template: ${name}:${line}:${col}: executing "${this.template ?? name}" at <${show(this.node)}>: ${problem}`, 'execute');
  }

  walk(dot: unknown, nodes: Node[]): void {
    for (const node of nodes) {
      if (node.kind === 'text') {
        this.out.push(node.text);
        continue;
      }
      this.at(node);
      if (node.kind === 'action') {
        const value = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.out.push(goString(value));
      } else if (node.kind === 'break') {
        throw BREAK;
      } else if (node.kind === 'continue') {
        throw CONTINUE;
      } else if (node.kind === 'range') {
        this.walkRange(dot, node);
      } else if (node.kind === 'template') {
        this.walkTemplate(dot, node);
      } else {
        const mark = this.vars.length;
        const value = this.evalPipeline(dot, node.pipe);
        if (truthy(value)) this.walk(node.kind === 'with' ? value : dot, node.list);
        else if (node.else) this.walk(dot, node.else);
        this.vars.length = mark;
      }
    }
  }

  /** `{{template "name" PIPELINE}}`: the named template on the pipeline's value, with only `$` defined. */
  private walkTemplate(dot: unknown, node: Extract<Node, { kind: 'template' }>): void {
    const body = this.defines.get(node.name);
    if (!body) this.fail(`template ${goQuote(node.name)} not defined`);
    const value = node.pipe ? this.evalPipeline(dot, node.pipe) : undefined;
    const saved = { vars: this.vars, template: this.template };
    this.vars = [{ name: '$', value }];
    this.template = node.name;
    try {
      this.walk(value, body);
    } catch (err) {
      // Go stops a template that calls itself without end at a depth JavaScript's stack does not reach.
      if (err instanceof RangeError) {
        this.at(node);
        this.fail('exceeded maximum template depth (100000)');
      }
      throw err;
    } finally {
      this.vars = saved.vars;
      this.template = saved.template;
    }
  }

  private walkRange(dot: unknown, node: ControlNode): void {
    const outer = this.vars.length;
    const value = this.evalPipeline(dot, node.pipe);
    const mark = this.vars.length;
    const { decl, isAssign } = node.pipe;
    const iteration = (key: unknown, elem: unknown): boolean => {
      if (isAssign) {
        if (decl.length > 1) {
          this.setVar(decl[0], key);
          this.setVar(decl[1], elem);
        } else if (decl.length === 1) this.setVar(decl[0], elem);
      } else {
        // The declared variables are on top: the element last, the index or key before it.
        if (decl.length > 0) this.vars[this.vars.length - 1].value = elem;
        if (decl.length > 1) this.vars[this.vars.length - 2].value = key;
      }
      try {
        this.walk(elem, node.list);
      } catch (signal) {
        if (signal === BREAK) return false;
        if (signal !== CONTINUE) throw signal;
      } finally {
        this.vars.length = mark;
      }
      return true;
    };
    let items: Array<[unknown, unknown]>;
    // The row of a list is a Go struct, which range refuses (docker prints the struct's fields).
    if (this.options.struct !== undefined && value === this.root) this.fail(`range can't iterate over ${goString(value)}`);
    if (Array.isArray(value)) items = value.map((e, i) => [i, e]);
    else if (value === null || value === undefined) items = [];
    else if (typeof value === 'object') items = Object.keys(value).sort().map((k) => [k, (value as Record<string, unknown>)[k]]);
    else if (isInt(value)) {
      if (decl.length > 1) this.fail(`can't use ${value} to iterate over more than one variable`);
      items = Array.from({ length: Math.max(0, value) }, (_, i) => [i, i]);
    } else this.fail(`range can't iterate over ${goString(value)}`);
    for (const [key, elem] of items) if (!iteration(key, elem)) break;
    if (items.length === 0 && node.else) this.walk(dot, node.else);
    this.vars.length = outer;
  }

  private varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    return this.fail(`undefined variable: ${name}`);
  }

  private setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.fail(`undefined variable: ${name}`);
  }

  private evalPipeline(dot: unknown, pipe: Pipe): unknown {
    this.at(pipe);
    let value: unknown = MISSING;
    for (const cmd of pipe.cmds) value = this.evalCommand(dot, cmd, value);
    for (const name of pipe.decl) {
      if (pipe.isAssign) this.setVar(name, value);
      else this.vars.push({ name, value });
    }
    return value;
  }

  private evalCommand(dot: unknown, cmd: Cmd, final: unknown): unknown {
    const first = cmd.args[0];
    switch (first.kind) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first.pipe);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
      default:
        this.at(first);
        this.notAFunction(cmd.args, final);
        if (first.kind === 'nil') this.fail('nil is not a command');
        return first.kind === 'dot' ? dot : first.value;
    }
  }

  private notAFunction(args: Expr[] | null, final: unknown): void {
    if (args && (args.length > 1 || final !== MISSING)) this.fail(`can't give argument to non-function ${show(args[0])}`);
  }

  private evalFieldNode(dot: unknown, field: Extract<Expr, { kind: 'field' }>, args: Expr[] | null, final: unknown): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.idents, args, final);
  }

  private evalChainNode(dot: unknown, chain: Extract<Expr, { kind: 'chain' }>, args: Expr[] | null, final: unknown): unknown {
    this.at(chain);
    if (chain.node.kind === 'nil') this.fail(`indirection through explicit nil in ${show(chain)}`);
    const receiver = this.evalArg(dot, 'value', chain.node);
    return this.evalFieldChain(dot, receiver, chain, chain.fields, args, final);
  }

  private evalVariableNode(dot: unknown, variable: Extract<Expr, { kind: 'variable' }>, args: Expr[] | null, final: unknown): unknown {
    this.at(variable);
    const value = this.varValue(variable.idents[0]);
    if (variable.idents.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, variable, variable.idents.slice(1), args, final);
  }

  private evalFieldChain(dot: unknown, receiver: unknown, node: Located, idents: string[], args: Expr[] | null, final: unknown): unknown {
    let value = receiver;
    let parent = '';
    idents.forEach((name, i) => {
      const last = i === idents.length - 1;
      value = this.evalField(dot, name, node, last ? args : null, last ? final : MISSING, value, i > 0, parent);
      parent = name;
    });
    return value;
  }

  private evalField(dot: unknown, name: string, node: Located, args: Expr[] | null, final: unknown, receiver: unknown, fromMap: boolean, parent: string): unknown {
    const { options } = this;
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (receiver === undefined) {
      if (options.inspect && this.raw) this.fail(`nil data; no entry for key "${name}"`);
      return undefined;
    }
    if (receiver === null) this.fail(`nil pointer evaluating interface {}.${name}`);
    if (typeof receiver !== 'object' || Array.isArray(receiver)) {
      // docker inspect's values are interface{} fields of its maps.
      this.fail(`can't evaluate field ${name} in type ${options.inspect && fromMap ? 'interface {}' : goTypeName(receiver)}`);
    }
    const object = receiver as Record<string, unknown>;
    const isStruct = !options.inspect && options.struct !== undefined && receiver === this.root;
    if (!Object.prototype.hasOwnProperty.call(object, name)) {
      if (isStruct) this.fail(`can't evaluate field ${name} in type ${options.struct}`);
      if (hasArgs) this.fail(`${name} is not a method but has arguments`);
      if (options.inspect && (this.raw || !GO_MAPS.has(object))) this.fail(`map has no entry for key "${name}"`);
      return undefined;
    }
    const value = object[name];
    if (typeof value === 'function') {
      return this.evalCall(dot, { params: Array<ParamType>(value.length).fill('any'), fn: value as (...a: unknown[]) => unknown }, false, node, name, args, final);
    }
    if (hasArgs) this.fail(isStruct ? `${name} has arguments but cannot be invoked as function` : `${name} is not a method but has arguments`);
    const isMap = INSPECT_MAP_FIELDS.has(name) || INSPECT_MAP_FIELDS.has(`${parent}.${name}`);
    if (options.inspect && isMap && value && typeof value === 'object') GO_MAPS.add(value);
    return value;
  }

  private evalFunction(dot: unknown, node: Extract<Expr, { kind: 'identifier' }>, cmd: Located, args: Expr[] | null, final: unknown): unknown {
    this.at(node);
    const name = node.name;
    const func = this.funcs[name] ?? FUNCS[name];
    return this.evalCall(dot, func, true, cmd, name, args, final);
  }

  private evalCall(dot: unknown, func: Func, builtin: boolean, node: Located, name: string, args: Expr[] | null, final: unknown): unknown {
    const given = args ? args.slice(1) : [];
    const numIn = given.length + (final !== MISSING ? 1 : 0);
    const fixed = func.params.length;
    if (func.variadic) {
      if (numIn < fixed) this.fail(`wrong number of args for ${name}: want at least ${fixed} got ${given.length}`);
    } else if (numIn !== fixed) {
      this.fail(`wrong number of args for ${name}: want ${fixed} got ${numIn}`);
    }
    const typeOf = (i: number): ParamType => (i < fixed ? func.params[i] : func.variadic!);
    if (builtin && (name === 'and' || name === 'or')) {
      let value: unknown;
      for (const arg of given) {
        value = this.evalArg(dot, 'value', arg);
        if (truthy(value) === (name === 'or')) return value;
      }
      return final !== MISSING ? final : value;
    }
    const argv = given.map((arg, i) => this.evalArg(dot, typeOf(i), arg));
    if (final !== MISSING) argv.push(this.validateType(final, typeOf(given.length)));
    try {
      if (builtin && name === 'index') return index(this.raw, ...(argv as [unknown, ...unknown[]]));
      if (builtin && name === 'json' && this.options.mapJson && func === FUNCS.json) return exactJson(sortKeys(argv[0] ?? null));
      return func.fn(...argv);
    } catch (err) {
      if (!(err instanceof CallError)) throw err;
      this.at(node);
      return this.fail(`error calling ${name}: ${err.message}`);
    }
  }

  private evalArg(dot: unknown, type: ParamType, arg: Expr): unknown {
    this.at(arg);
    switch (arg.kind) {
      case 'dot':
        return this.validateType(dot, type);
      case 'nil':
        if (type === 'value' || type === 'any' || type === '[]string') return null;
        return this.fail(`cannot assign nil to ${type}`);
      case 'field':
        return this.validateType(this.evalFieldNode(dot, arg, [arg], MISSING), type);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, arg, null, MISSING), type);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, arg.pipe), type);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, arg, arg, null, MISSING), type);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, arg, null, MISSING), type);
      case 'literal': {
        const { value } = arg;
        if (type === 'value' || type === 'any') return value;
        if (type === 'string') return typeof value === 'string' ? value : this.fail(`expected string; found ${arg.text}`);
        if (type === 'int') return isInt(value) ? value : this.fail(`expected integer; found ${arg.text}`);
        return this.fail(`can't handle ${arg.text} for arg of type ${type}`);
      }
    }
  }

  /** A value passed to a parameter of `type`: Go's conversions and "wrong type" errors. */
  private validateType(value: unknown, type: ParamType): unknown {
    if (type === 'value') return value;
    if (value === undefined) {
      if (type === 'any' || type === '[]string') return null;
      return this.fail(`invalid value; expected ${type}`);
    }
    const fits =
      type === 'any' ||
      (type === 'string' && typeof value === 'string') ||
      (type === 'int' && isInt(value)) ||
      (type === '[]string' && (value === null || (Array.isArray(value) && value.every((v) => typeof v === 'string'))));
    return fits ? value : this.fail(`wrong type for value; expected ${type}; got ${value === null ? 'interface {}' : goTypeName(value)}`);
  }
}

/** A parsed template: `execute(data)` renders it. TemplateError for bad syntax or evaluation. */
export interface Template {
  execute(data: unknown): string;
}

interface Parsed {
  nodes: Node[];
  source: string;
  defines: Map<string, Node[]>;
}

/** Parse `source`, turning a ParseError into Go's `template: NAME:LINE: MESSAGE`. */
function parseSource(source: string, name: string): Parsed {
  try {
    const parser = new Parser(source);
    return { nodes: parser.parse(), source, defines: parser.defines };
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    const line = 1 + (source.slice(0, err.pos).match(/\n/g)?.length ?? 0);
    throw new TemplateError(`template: ${name}:${line}: ${err.message}`);
  }
}

function run(parsed: Parsed, options: TemplateOptions, data: unknown, funcs: Record<string, Func> = FUNCS, raw = false): State {
  const state = new State(options, parsed.source, data, funcs, parsed.defines, raw);
  state.walk(data, parsed.nodes);
  return state;
}

/**
 * Parse `text` as docker parses a --format outside lists (inspect, events, version, info): as typed,
 * a `\t` written in it stays a backslash and a t.
 */
export function parseTemplate(text: string, options: TemplateOptions = {}): Template {
  const parsed = parseSource(text, options.name ?? '');
  const execute = (data: unknown): string => {
    if (!options.inspect) return run(parsed, options, data).out.join('');
    // docker inspect runs the template on the typed response and, when that fails, again on the
    // response as maps with missingkey=error; that second run's error is the one it reports.
    try {
      return run(parsed, options, data).out.join('');
    } catch (err) {
      if (!(err instanceof TemplateError)) throw err;
      return run(parsed, options, data, FUNCS, true).out.join('');
    }
  };
  return { execute };
}

/**
 * docker ps's check before it lists: the --format as typed (`table `, `\t` unconverted) runs once on
 * `row`, a row of the Go type `struct`; TemplateError as rendering the list would throw.
 */
export function checkTemplate(format: string, row: object, struct: string): void {
  run(parseSource(format, ''), { struct, mapJson: true }, row);
}

/**
 * docker's table header row: the template run on the column titles, with `{{.Label "com.x"}}`
 * titled by the key's last dot-separated part (`-`, `_` as spaces) and HEADER_FUNCS. Go writes as it
 * goes and docker ignores the header's error, so a failing header keeps the text before the failure.
 */
function renderHeader(body: string, headers: Record<string, string>): string {
  const parsed = parseSource(body, '');
  const label = (name: unknown) => String(name).split('.').pop()!.replace(/[-_]/g, ' ');
  const data = { ...headers, Label: label };
  const state = new State({}, parsed.source, data, { ...FUNCS, ...HEADER_FUNCS }, parsed.defines);
  try {
    state.walk(data, parsed.nodes);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
  }
  return state.out.join('');
}

/**
 * Render a list with Docker's `--format`: `json` → one JSON object per line; `table` →
 * `defaultTable`; `table TEMPLATE` → a header (the template run on `headers`) and rows, aligned as
 * columns on tabs; otherwise the template once per row, each followed by a newline. `rows` are
 * the objects the template's field names refer to (`{{.Repository}}`), of the Go type `struct`
 * in docker (see `TemplateOptions`).
 */
export function renderList(format: string, rows: object[], headers: Record<string, string>, defaultTable: string, struct?: string): string {
  // docker marshals each row through a map: keys sorted, and Go's HTML escaping of < > &.
  if (format === 'json') return rows.map((r) => `${goJson(r)}\n`).join('');
  const table = format.startsWith('table');
  // docker's preFormat: the `table` key off, spaces trimmed, `\t` and `\n` as typed (in a shell)
  // become tab and newline.
  const typed = format === 'table' ? defaultTable : table ? format.slice('table'.length) : format;
  const body = typed.replace(/^ +| +$/g, '').replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const template = parseTemplate(body, { struct, mapJson: true });
  if (!table) return rows.map((r) => `${template.execute(r)}\n`).join('');
  // docker runs the rows first; the header row is a map there, so its missing fields are no errors.
  const lines = rows.map((r) => template.execute(r));
  lines.unshift(renderHeader(body, headers));
  return renderTable(lines.map((line) => line.split('\t')));
}
