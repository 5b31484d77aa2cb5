/**
 * The part of Go's text/template that Docker's `--format` / `-f` flags are used with: text and
 * `{{ }}` actions (`{{-`/`-}}` trim spaces), field paths (`.Config.Cmd`, `.`), string and number
 * literals, function calls, parenthesised and piped pipelines (`{{join (split .X ",") "-"}}`,
 * `{{.Name | upper}}`), `if`/`else`, `range` and `end`; docker's functions (`json`, `join`,
 * `split`, `upper`, `lower`, `title`, `pad`, `truncate`, `println`) and Go's `len`, `index`,
 * `print`, `printf`, `eq`, `ne`, `not`, `and`, `or`. Values print as Go prints them (`[a b]`,
 * `map[k:v]`, `<no value>`).
 *
 * What a missing field does depends on the data, as in Go, and so on the command (`TemplateOptions`):
 * on the struct behind a list (`ps`, `images` ...) it is an error naming that struct; docker
 * inspect falls back to a map with `missingkey=error`; elsewhere it prints `<no value>`.
 * Execution errors carry Go's location (`template: :1:2: executing "" at <.Bogus>: ...`).
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

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Command[] }
  | { kind: 'if'; pipe: Command[]; then: Node[]; else: Node[] }
  | { kind: 'range'; pipe: Command[]; body: Node[]; else: Node[] };

type Arg =
  | { kind: 'field'; path: string[]; pos: number; text: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'func'; name: string }
  | { kind: 'pipe'; pipe: Command[] };
type Command = Arg[];

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

/** Go's fmt verbs docker users write (`%s`, `%d`, `%v`, `%q`, `%%`). */
function sprintf(format: unknown, ...args: unknown[]): string {
  let i = 0;
  return goString(format).replace(/%([%sdvq])/g, (_, verb: string) => {
    if (verb === '%') return '%';
    const arg = args[i++];
    if (arg === undefined) return `%!${verb}(MISSING)`;
    return verb === 'q' ? JSON.stringify(goString(arg)) : goString(arg);
  });
}

const FUNCS: Record<string, (...args: unknown[]) => unknown> = {
  json: (v) => exactJson(v === undefined ? null : v),
  join: (list, sep) => (Array.isArray(list) ? list.map(goString).join(String(sep)) : goString(list)),
  split: (s, sep) => goString(s).split(goString(sep)),
  upper: (s) => goString(s).toUpperCase(),
  lower: (s) => goString(s).toLowerCase(),
  title: (s) => goString(s).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase()),
  pad: (s, before, after) => `${' '.repeat(Number(before) || 0)}${goString(s)}${' '.repeat(Number(after) || 0)}`,
  truncate: (s, n) => {
    const chars = [...goString(s)];
    return chars.length > Number(n) ? chars.slice(0, Number(n)).join('') : chars.join('');
  },
  len: (v) => (Array.isArray(v) || typeof v === 'string' ? v.length : v && typeof v === 'object' ? Object.keys(v).length : 0),
  index: (v, ...keys) => keys.reduce<unknown>((acc, k) => (acc === null || acc === undefined ? undefined : (acc as Record<string, unknown>)[String(k)]), v),
  print: (...args) => args.map(goString).join(''),
  printf: sprintf,
  println: (...args) => `${args.map(goString).join(' ')}\n`,
  eq: (a, ...rest) => rest.some((b) => a === b),
  ne: (a, b) => a !== b,
  not: (v) => !truthy(v),
  and: (...args) => args.find((a) => !truthy(a)) ?? args[args.length - 1],
  or: (...args) => args.find((a) => truthy(a)) ?? args[args.length - 1],
};

/** How Go's fmt prints a value with `%v`. */
export function goString(value: unknown): string {
  if (value === undefined) return '<no value>';
  if (value === null) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(goString).join(' ')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value).sort().map((k) => `${k}:${goString((value as Record<string, unknown>)[k])}`);
    return `map[${entries.join(' ')}]`;
  }
  return String(value);
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.keys(value).length > 0;
  return !!value;
}

interface Token {
  text: string;
  /** Offset in the template text. */
  pos: number;
}

function tokenizeAction(source: string, offset: number): Token[] {
  const tokens: Token[] = [];
  const re = /(\s*)("(?:[^"\\]|\\.)*"|`[^`]*`|\||\(|\)|[^\s|()]+)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(source)) !== null) {
    tokens.push({ text: m[2], pos: offset + m.index + m[1].length });
    end = re.lastIndex;
  }
  const rest = source.slice(end).trim();
  if (rest !== '') throw new TemplateError(`template: unexpected "${rest}"`);
  return tokens;
}

function parseArg(token: Token): Arg {
  const { text } = token;
  if (text === '.') return { kind: 'field', path: [], pos: token.pos, text };
  if (text.startsWith('.')) {
    const path = text.slice(1).split('.');
    // Go reports a chain of fields at its second field (where its parser starts the chain).
    const pos = path.length > 1 ? token.pos + 1 + path[0].length : token.pos;
    return { kind: 'field', path, pos, text };
  }
  if (text.startsWith('"')) return { kind: 'literal', value: JSON.parse(text) as string };
  if (text.startsWith('`')) return { kind: 'literal', value: text.slice(1, -1) };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: 'literal', value: Number(text) };
  if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true' };
  if (text === 'nil') return { kind: 'literal', value: null };
  if (Object.prototype.hasOwnProperty.call(FUNCS, text)) return { kind: 'func', name: text };
  throw new TemplateError(`template: function "${text}" not defined`);
}

/** A pipeline of commands; `(...)` nests one as an argument. */
function parsePipe(tokens: Token[]): Command[] {
  let i = 0;
  const pipeline = (nested: boolean): Command[] => {
    const commands: Command[] = [[]];
    while (i < tokens.length) {
      const token = tokens[i++];
      if (token.text === ')') {
        if (!nested) throw new TemplateError('template: unexpected right paren');
        return checked(commands);
      }
      if (token.text === '|') commands.push([]);
      else if (token.text === '(') commands[commands.length - 1].push({ kind: 'pipe', pipe: pipeline(true) });
      else commands[commands.length - 1].push(parseArg(token));
    }
    if (nested) throw new TemplateError('template: unclosed left paren');
    return checked(commands);
  };
  const checked = (commands: Command[]) => {
    if (commands.some((c) => c.length === 0)) throw new TemplateError('template: missing value for command');
    return commands;
  };
  return pipeline(false);
}

/** Split into text and action sources, applying `{{-` / `-}}` trimming. */
function lex(text: string): Array<{ text: string } | { action: string; pos: number }> {
  const parts: Array<{ text: string } | { action: string; pos: number }> = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      parts.push({ text: text.slice(i) });
      break;
    }
    let before = text.slice(i, open);
    let start = open + 2;
    if (text.startsWith('- ', start) || text.startsWith('-\t', start)) {
      before = before.replace(/\s+$/, '');
      start += 1;
    }
    const close = text.indexOf('}}', start);
    if (close < 0) throw new TemplateError('template: unclosed action');
    let inner = text.slice(start, close);
    let next = close + 2;
    if (/\s-$/.test(inner)) {
      inner = inner.slice(0, -1);
      while (next < text.length && /\s/.test(text[next])) next++;
    }
    if (before) parts.push({ text: before });
    const lead = inner.length - inner.trimStart().length;
    parts.push({ action: inner.trim(), pos: start + lead });
    i = next;
  }
  return parts;
}

/** Go's parse errors name the line: `template: :1: unclosed action`. */
function atLine(text: string, pos: number, err: unknown): unknown {
  if (!(err instanceof TemplateError) || !err.message.startsWith('template: ') || err.message.startsWith('template: :')) return err;
  const line = 1 + (text.slice(0, pos).match(/\n/g)?.length ?? 0);
  return new TemplateError(`template: :${line}: ${err.message.slice('template: '.length)}`, err.phase);
}

function parse(text: string): Node[] {
  let parts: ReturnType<typeof lex>;
  try {
    parts = lex(text);
  } catch (err) {
    // Go reports an unclosed action on the line the template ends.
    throw atLine(text, text.length, err);
  }
  let pos = 0;
  const block = (terminators: string[]): { nodes: Node[]; end: string } => {
    const nodes: Node[] = [];
    while (pos < parts.length) {
      const part = parts[pos++];
      if ('text' in part) {
        nodes.push({ kind: 'text', text: part.text });
        continue;
      }
      const action = part.action;
      if (action.startsWith('/*')) continue;
      try {
        const end = actionNode(part, action, nodes, terminators);
        if (end !== undefined) return { nodes, end };
      } catch (err) {
        throw atLine(text, part.pos, err);
      }
    }
    if (terminators.length > 0) throw new TemplateError(`template: :${1 + (text.match(/\n/g)?.length ?? 0)}: unexpected EOF`);
    return { nodes, end: '' };
  };
  /** Adds the node of one action; returns the terminator when it ends the current block. */
  const actionNode = (part: { pos: number }, action: string, nodes: Node[], terminators: string[]): string | undefined => {
    const [word] = action.split(/\s+/, 1);
    if (terminators.includes(word)) return word;
    if (word === 'if' || word === 'range') {
      const pipe = parsePipe(tokenizeAction(action.slice(word.length), part.pos + word.length));
      const first = block(['else', 'end']);
      const second = first.end === 'else' ? block(['end']).nodes : [];
      nodes.push(word === 'if' ? { kind: 'if', pipe, then: first.nodes, else: second } : { kind: 'range', pipe, body: first.nodes, else: second });
      return undefined;
    }
    if (word === 'end' || word === 'else') throw new TemplateError(`template: unexpected {{${word}}}`);
    nodes.push({ kind: 'action', pipe: parsePipe(tokenizeAction(action, part.pos)) });
    return undefined;
  };
  return block([]).nodes;
}

/** What execution needs besides the data: the options and the source, for Go's error locations. */
interface Run {
  options: TemplateOptions;
  source: string;
  root: unknown;
}

/** Go's `template: :LINE:COL: executing "" at <FIELD>: PROBLEM`. */
function executionError(run: Run, field: { pos: number; text: string }, problem: string): TemplateError {
  const before = run.source.slice(0, field.pos);
  const newline = before.lastIndexOf('\n');
  const line = 1 + (before.match(/\n/g)?.length ?? 0);
  const col = newline < 0 ? field.pos : field.pos - newline - 1;
  const name = run.options.name ?? '';
  return new TemplateError(`template: ${name}:${line}:${col}: executing "${name}" at <${field.text}>: ${problem}`, 'execute');
}

function goTypeName(value: unknown): string {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float64';
  if (Array.isArray(value)) return '[]interface {}';
  return 'interface {}';
}

function lookup(run: Run, dot: unknown, field: { path: string[]; pos: number; text: string }): unknown {
  const { options } = run;
  let value = dot;
  let parent = '';
  for (const key of field.path) {
    if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
      if (options.inspect) throw executionError(run, field, `can't evaluate field ${key} in type interface {}`);
      if (options.struct) throw executionError(run, field, `can't evaluate field ${key} in type ${goTypeName(value)}`);
      throw new TemplateError(`template: can't evaluate field ${key} in type ${value === null ? 'interface {}' : typeof value}`, 'execute');
    }
    const object = value as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(object, key)) {
      if (options.struct && value === run.root) throw executionError(run, field, `can't evaluate field ${key} in type ${options.struct}`);
      if (options.inspect && !GO_MAPS.has(object)) throw executionError(run, field, `map has no entry for key "${key}"`);
    }
    value = object[key];
    const isMap = INSPECT_MAP_FIELDS.has(key) || INSPECT_MAP_FIELDS.has(`${parent}.${key}`);
    if (options.inspect && isMap && value && typeof value === 'object') GO_MAPS.add(value);
    parent = key;
  }
  return value;
}

function evalArg(run: Run, arg: Arg, dot: unknown): unknown {
  if (arg.kind === 'field') return lookup(run, dot, arg);
  if (arg.kind === 'literal') return arg.value;
  if (arg.kind === 'pipe') return evalPipe(run, arg.pipe, dot);
  return callFunc(run, arg.name, []);
}

function callFunc(run: Run, name: string, args: unknown[]): unknown {
  if (name === 'json' && run.options.mapJson) return exactJson(sortKeys(args[0] === undefined ? null : args[0]));
  // A missing key of a typed Go map is the zero value of its element type: "" for docker's maps.
  if (name === 'index' && run.options.inspect) return FUNCS.index(...args) ?? '';
  return FUNCS[name](...args);
}

function evalPipe(run: Run, pipe: Command[], dot: unknown): unknown {
  let carried: unknown[] = [];
  for (const command of pipe) {
    const [head, ...rest] = command;
    const args = () => [...rest.map((a) => evalArg(run, a, dot)), ...carried];
    if (head.kind === 'func') {
      carried = [callFunc(run, head.name, args())];
      continue;
    }
    const value = evalArg(run, head, dot);
    // A method of the row with arguments (`{{.Label "com.example"}}` on a ps row).
    if (typeof value === 'function' && head.kind === 'field') {
      const given = args();
      const method = value as (...a: unknown[]) => unknown;
      if (given.length !== method.length) {
        throw executionError(run, head, `wrong number of args for ${head.path[head.path.length - 1]}: want ${method.length} got ${given.length}`);
      }
      carried = [method(...given)];
      continue;
    }
    if (rest.length > 0 || carried.length > 0) throw new TemplateError("template: can't give argument to non-function", 'execute');
    const result = value;
    carried = [result];
  }
  return carried[0];
}

function execute(run: Run, nodes: Node[], dot: unknown): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'action') out += goString(evalPipe(run, node.pipe, dot));
    else if (node.kind === 'if') out += execute(run, truthy(evalPipe(run, node.pipe, dot)) ? node.then : node.else, dot);
    else {
      const value = evalPipe(run, node.pipe, dot);
      const items = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.keys(value).sort().map((k) => (value as Record<string, unknown>)[k]) : [];
      out += items.length > 0 ? items.map((item) => execute(run, node.body, item)).join('') : execute(run, node.else, dot);
    }
  }
  return out;
}

/** A parsed template: `execute(data)` renders it. TemplateError for bad syntax or evaluation. */
export interface Template {
  execute(data: unknown): string;
}

/**
 * Parse `text`; `\t` and `\n` written literally (as shells pass them) become tab and newline.
 * `prefix` is text docker keeps in front of the template (`table `) that counts in error columns.
 */
export function parseTemplate(text: string, options: TemplateOptions = {}, prefix = ''): Template {
  const source = prefix + text.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  const nodes = withoutPrefix(parse(source), prefix);
  return { execute: (data) => execute({ options, source, root: data }, nodes, data) };
}

/** The nodes minus the leading `prefix` text (which `{{-` may have trimmed). */
function withoutPrefix(nodes: Node[], prefix: string): Node[] {
  const first = nodes[0];
  if (!prefix || first?.kind !== 'text') return nodes;
  const rest = first.text.slice(first.text.startsWith(prefix) ? prefix.length : prefix.trimEnd().length);
  return rest ? [{ kind: 'text', text: rest }, ...nodes.slice(1)] : nodes.slice(1);
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
  const table = format === 'table' || format.startsWith('table ');
  const body = format === 'table' ? defaultTable : table ? format.slice('table '.length) : format;
  const template = parseTemplate(body, { struct, mapJson: true }, table && format !== 'table' ? 'table ' : '');
  if (!table) return rows.map((r) => `${template.execute(r)}\n`).join('');
  // docker runs the rows first; the header row is a map there, so its missing fields are no errors.
  const lines = rows.map((r) => template.execute(r));
  lines.unshift(parseTemplate(body).execute(headers));
  return renderTable(lines.map((line) => line.split('\t')));
}
