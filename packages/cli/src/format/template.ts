/**
 * The part of Go's text/template that Docker's `--format` / `-f` flags are used with: text and
 * `{{ }}` actions (`{{-`/`-}}` trim spaces), field paths (`.Config.Cmd`, `.`), string and number
 * literals, function calls and pipes (`{{json .Config}}`, `{{.Name | upper}}`), `if`/`else`,
 * `range` and `end`; functions `json`, `join`, `upper`, `lower`, `title`, `len`, `index`,
 * `println`. Values print as Go prints them (`[a b]`, `map[k:v]`, `<no value>`).
 *
 * `renderList` adds Docker's list-formatting conventions on top: `table` (a header row and
 * aligned columns), `table TEMPLATE`, `json` (one JSON object per line) and a bare template.
 */
import { renderTable } from './table';

/** A template that does not parse or execute; the commands turn it into Docker's exit status. */
export class TemplateError extends Error {}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: Command[] }
  | { kind: 'if'; pipe: Command[]; then: Node[]; else: Node[] }
  | { kind: 'range'; pipe: Command[]; body: Node[]; else: Node[] };

type Arg = { kind: 'field'; path: string[] } | { kind: 'literal'; value: unknown } | { kind: 'func'; name: string };
type Command = Arg[];

const FUNCS: Record<string, (...args: unknown[]) => unknown> = {
  json: (v) => JSON.stringify(v === undefined ? null : v),
  join: (list, sep) => (Array.isArray(list) ? list.map(goString).join(String(sep)) : goString(list)),
  upper: (s) => goString(s).toUpperCase(),
  lower: (s) => goString(s).toLowerCase(),
  title: (s) => goString(s).replace(/\b\w/g, (c) => c.toUpperCase()),
  len: (v) => (Array.isArray(v) || typeof v === 'string' ? v.length : v && typeof v === 'object' ? Object.keys(v).length : 0),
  index: (v, ...keys) => keys.reduce<unknown>((acc, k) => (acc === null || acc === undefined ? undefined : (acc as Record<string, unknown>)[String(k)]), v),
  println: (...args) => `${args.map(goString).join(' ')}\n`,
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

function tokenizeAction(source: string): string[] {
  const tokens: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\||\(|\)|[^\s|()]+)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(source)) !== null) {
    tokens.push(m[1]);
    end = re.lastIndex;
  }
  const rest = source.slice(end).trim();
  if (rest !== '') throw new TemplateError(`template: unexpected "${rest}"`);
  return tokens;
}

function parseArg(token: string): Arg {
  if (token === '.') return { kind: 'field', path: [] };
  if (token.startsWith('.')) return { kind: 'field', path: token.slice(1).split('.') };
  if (token.startsWith('"')) return { kind: 'literal', value: JSON.parse(token) as string };
  if (token.startsWith('`')) return { kind: 'literal', value: token.slice(1, -1) };
  if (/^-?\d+(\.\d+)?$/.test(token)) return { kind: 'literal', value: Number(token) };
  if (token === 'true' || token === 'false') return { kind: 'literal', value: token === 'true' };
  if (token === 'nil') return { kind: 'literal', value: null };
  if (Object.prototype.hasOwnProperty.call(FUNCS, token)) return { kind: 'func', name: token };
  throw new TemplateError(`template: function "${token}" not defined`);
}

function parsePipe(tokens: string[]): Command[] {
  const commands: Command[] = [[]];
  for (const token of tokens) {
    if (token === '|') commands.push([]);
    else if (token === '(' || token === ')') throw new TemplateError('template: parenthesised pipelines are not supported');
    else commands[commands.length - 1].push(parseArg(token));
  }
  if (commands.some((c) => c.length === 0)) throw new TemplateError('template: missing value for command');
  return commands;
}

/** Split into text and action sources, applying `{{-` / `-}}` trimming. */
function lex(text: string): Array<{ text: string } | { action: string }> {
  const parts: Array<{ text: string } | { action: string }> = [];
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
    parts.push({ action: inner.trim() });
    i = next;
  }
  return parts;
}

function parse(text: string): Node[] {
  const parts = lex(text);
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
      const [word] = action.split(/\s+/, 1);
      if (terminators.includes(word)) return { nodes, end: word };
      if (word === 'if' || word === 'range') {
        const pipe = parsePipe(tokenizeAction(action.slice(word.length)));
        const first = block(['else', 'end']);
        const second = first.end === 'else' ? block(['end']).nodes : [];
        nodes.push(word === 'if' ? { kind: 'if', pipe, then: first.nodes, else: second } : { kind: 'range', pipe, body: first.nodes, else: second });
        continue;
      }
      if (word === 'end' || word === 'else') throw new TemplateError(`template: unexpected {{${word}}}`);
      nodes.push({ kind: 'action', pipe: parsePipe(tokenizeAction(action)) });
    }
    if (terminators.length > 0) throw new TemplateError('template: unexpected EOF');
    return { nodes, end: '' };
  };
  return block([]).nodes;
}

function lookup(dot: unknown, path: string[]): unknown {
  let value = dot;
  for (const key of path) {
    if (value === null || value === undefined || typeof value !== 'object') {
      throw new TemplateError(`template: can't evaluate field ${key} in type ${value === null ? 'interface {}' : typeof value}`);
    }
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function evalPipe(pipe: Command[], dot: unknown): unknown {
  let carried: unknown[] = [];
  for (const command of pipe) {
    const values = (args: Arg[]) => args.map((a) => (a.kind === 'field' ? lookup(dot, a.path) : a.kind === 'literal' ? a.value : FUNCS[a.name]()));
    const [head, ...rest] = command;
    const result = head.kind === 'func' ? FUNCS[head.name](...values(rest), ...carried) : values([head])[0];
    if (head.kind !== 'func' && (rest.length > 0 || carried.length > 0)) throw new TemplateError('template: can\'t give argument to non-function');
    carried = [result];
  }
  return carried[0];
}

function execute(nodes: Node[], dot: unknown): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'action') out += goString(evalPipe(node.pipe, dot));
    else if (node.kind === 'if') out += execute(truthy(evalPipe(node.pipe, dot)) ? node.then : node.else, dot);
    else {
      const value = evalPipe(node.pipe, dot);
      const items = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.keys(value).sort().map((k) => (value as Record<string, unknown>)[k]) : [];
      out += items.length > 0 ? items.map((item) => execute(node.body, item)).join('') : execute(node.else, dot);
    }
  }
  return out;
}

/** A parsed template: `execute(data)` renders it. TemplateError for bad syntax or evaluation. */
export interface Template {
  execute(data: unknown): string;
}

/** Parse `text`; `\t` and `\n` written literally (as shells pass them) become tab and newline. */
export function parseTemplate(text: string): Template {
  const nodes = parse(text.replace(/\\t/g, '\t').replace(/\\n/g, '\n'));
  return { execute: (data) => execute(nodes, data) };
}

/**
 * Render a list with Docker's `--format`: `json` → one JSON object per line; `table` →
 * `defaultTable`; `table TEMPLATE` → a header (the template run on `headers`) and rows, aligned as
 * columns on tabs; otherwise the template once per row, each followed by a newline. `rows` are
 * the objects the template's field names refer to (`{{.Repository}}`).
 */
export function renderList(format: string, rows: object[], headers: Record<string, string>, defaultTable: string): string {
  if (format === 'json') return rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  const table = format === 'table' || format.startsWith('table ');
  const body = format === 'table' ? defaultTable : table ? format.slice('table '.length) : format;
  const template = parseTemplate(body);
  if (!table) return rows.map((r) => `${template.execute(r)}\n`).join('');
  const lines = [template.execute(headers), ...rows.map((r) => template.execute(r))];
  return renderTable(lines.map((line) => line.split('\t')));
}
