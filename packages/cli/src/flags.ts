/**
 * A small flag parser with the grammar Docker's CLI gets from pflag: `--name=x` and `--name x`,
 * combined short flags (`-it`, `-edebug`), repeatable list flags, `--` to end flags, and an
 * option to stop at the first positional so a container's own flags (`run busybox ls -l`) are left
 * alone.
 */

import { goQuote } from './format/containers';

export type FlagKind = 'bool' | 'string' | 'list' | 'int';

export interface FlagSpec {
  /** Long name, without dashes. */
  name: string;
  /** One-letter shorthand, without the dash. */
  short?: string;
  kind: FlagKind;
  usage: string;
  /** Shown as `(default "x")` in help and used when the flag is absent. */
  defaultValue?: string;
  /** The value's type as help shows it, when the kind's name is not Docker's (`bytes`, `duration`). */
  type?: string;
  /**
   * Checks each value as it is parsed, as pflag's typed flags do: a throw becomes
   * `invalid argument "v" for "--flag" flag: <message>`.
   */
  validate?: (value: string) => void;
  /** Accepted but left out of help, as pflag's MarkHidden (`--net`, the old spelling of `--network`). */
  hidden?: boolean;
}

export interface CommandSpec {
  /** Words after the binary: `run`, `container ls`. */
  name: string;
  /** The usage line without the binary: `run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  use: string;
  description: string;
  /** Other full paths for the same command (`container run`, `run`). */
  aliases?: string[];
  flags: FlagSpec[];
  /** False: flags end at the first positional argument (Docker's `run` and `exec`). */
  interspersed?: boolean;
  minArgs?: number;
  maxArgs?: number;
}

/** A mistake on the command line; Docker answers these with exit status 125. */
export class FlagError extends Error {}

export class ParsedFlags {
  constructor(
    private readonly values: Map<string, string | boolean | string[]>,
    private readonly specs: FlagSpec[],
    /** Positional arguments, in order. */
    readonly args: string[],
    /** `--help` (or `-h` where it is not taken) was given. */
    readonly help: boolean,
  ) {}

  /** Whether the flag appeared on the command line at all (`--entrypoint ""` counts). */
  changed(name: string): boolean {
    return this.values.has(name);
  }

  bool(name: string): boolean {
    return (this.values.get(name) as boolean | undefined) ?? this.spec(name).defaultValue === 'true';
  }

  string(name: string): string {
    return (this.values.get(name) as string | undefined) ?? this.spec(name).defaultValue ?? '';
  }

  list(name: string): string[] {
    return (this.values.get(name) as string[] | undefined) ?? [];
  }

  int(name: string): number {
    return Number(this.string(name) || 0);
  }

  private spec(name: string): FlagSpec {
    const spec = this.specs.find((s) => s.name === name);
    if (!spec) throw new Error(`flag --${name} is not declared`);
    return spec;
  }
}

const TRUE_WORDS = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const FALSE_WORDS = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

function displayName(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

/** Whether `-h` means help for this command (it does unless a flag took it, like run's --hostname). */
function helpHasShorthand(flags: FlagSpec[]): boolean {
  return !flags.some((f) => f.short === 'h');
}

export function parseFlags(spec: Pick<CommandSpec, 'flags' | 'interspersed'>, argv: string[]): ParsedFlags {
  const values = new Map<string, string | boolean | string[]>();
  const args: string[] = [];
  let help = false;
  const interspersed = spec.interspersed ?? true;

  const set = (flag: FlagSpec, raw: string | undefined) => {
    if (flag.kind === 'bool') {
      if (raw === undefined || TRUE_WORDS.includes(raw)) return void values.set(flag.name, true);
      if (FALSE_WORDS.includes(raw)) return void values.set(flag.name, false);
      throw new FlagError(`invalid argument ${goQuote(raw)} for "${displayName(flag)}" flag: strconv.ParseBool: parsing ${goQuote(raw)}: invalid syntax`);
    }
    const value = raw ?? '';
    if (flag.validate) {
      try {
        flag.validate(value);
      } catch (err) {
        // pflag quotes the value with Go's %q.
        throw new FlagError(`invalid argument ${goQuote(value)} for "${displayName(flag)}" flag: ${(err as Error).message}`);
      }
    }
    if (flag.kind === 'int' && !/^[+-]?\d+$/.test(value)) {
      throw new FlagError(`invalid argument ${goQuote(value)} for "${displayName(flag)}" flag: strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`);
    }
    if (flag.kind === 'list') {
      const list = (values.get(flag.name) as string[] | undefined) ?? [];
      list.push(value);
      values.set(flag.name, list);
    } else {
      values.set(flag.name, value);
    }
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (!interspersed) {
        args.push(...argv.slice(i));
        break;
      }
      args.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      if (name === 'help') {
        help = true;
        continue;
      }
      const flag = spec.flags.find((f) => f.name === name);
      if (!flag) throw new FlagError(`unknown flag: --${name}`);
      if (flag.kind === 'bool' || inline !== undefined) {
        set(flag, inline);
      } else {
        if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: --${name}`);
        set(flag, argv[++i]);
      }
      continue;
    }
    // A run of shorthands: each takes no value, or takes the rest of the word, or the next word.
    const letters = arg.slice(1);
    for (let j = 0; j < letters.length; j++) {
      const letter = letters[j];
      if (letter === 'h' && helpHasShorthand(spec.flags)) {
        help = true;
        continue;
      }
      const flag = spec.flags.find((f) => f.short === letter);
      if (!flag) throw new FlagError(`unknown shorthand flag: '${letter}' in -${letters}`);
      const rest = letters.slice(j + 1);
      if (flag.kind === 'bool') {
        if (rest.startsWith('=')) {
          set(flag, rest.slice(1));
          break;
        }
        set(flag, undefined);
        continue;
      }
      if (rest) {
        set(flag, rest.startsWith('=') ? rest.slice(1) : rest);
      } else {
        if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: '${letter}' in -${letter}`);
        set(flag, argv[++i]);
      }
      break;
    }
  }
  return new ParsedFlags(values, spec.flags, args, help);
}

const TYPE_NAMES: Record<FlagKind, string> = { bool: '', string: 'string', list: 'list', int: 'int' };

/**
 * pflag's wrapping of a usage text that starts in column `indent` of `cols`: lines broken at the last
 * space (or newline) before the width less 5, unless the rest fits in those 5; each continued at `indent`.
 */
function wrapUsage(indent: number, cols: number, usage: string): string {
  let width = cols - indent;
  let out = '';
  if (width < 24) {
    indent = 16;
    width = cols - indent;
    out += `\n${' '.repeat(indent)}`;
  }
  if (width < 24) return usage.replace(/\n/g, out);
  const slop = 5;
  width -= slop;
  const split = (s: string): [string, string] => {
    if (width + slop > s.length) return [s, ''];
    const head = s.slice(0, width);
    const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
    if (space <= 0) {
      const next = s.search(/[ \t\n]/);
      return next <= 0 ? [s, ''] : [s.slice(0, next), s.slice(next + 1)];
    }
    const newline = head.lastIndexOf('\n');
    if (newline > 0 && newline < space) return [s.slice(0, newline), s.slice(newline + 1)];
    return [s.slice(0, space), s.slice(space + 1)];
  };
  const pad = `\n${' '.repeat(indent)}`;
  let [line, rest] = split(usage);
  out += line.replace(/\n/g, pad);
  while (rest !== '') {
    [line, rest] = split(rest);
    out += pad + line.replace(/\n/g, pad);
  }
  return out;
}

/**
 * The options table of a help text, aligned and wrapped the way pflag does it for docker (80
 * columns less one, docker's width when its input is no terminal).
 */
export function renderFlagTable(flags: FlagSpec[], cols = 79): string {
  const rows = flags.map((flag) => {
    const names = flag.short ? `  -${flag.short}, --${flag.name}` : `      --${flag.name}`;
    const type = flag.type ?? TYPE_NAMES[flag.kind];
    let usage = flag.usage;
    if (flag.defaultValue !== undefined && flag.kind !== 'bool') {
      usage += flag.kind === 'string' ? ` (default "${flag.defaultValue}")` : ` (default ${flag.defaultValue})`;
    }
    // pflag mentions a boolean's default only when it is on (`--sig-proxy`).
    if (flag.kind === 'bool' && flag.defaultValue === 'true') usage += ' (default true)';
    return { left: type ? `${names} ${type}` : names, usage };
  });
  const width = Math.max(0, ...rows.map((r) => r.left.length));
  return rows.map((r) => `${r.left.padEnd(width)}   ${wrapUsage(width + 3, cols, r.usage)}\n`).join('');
}

/** `berth <cmd> --help`: usage line, description, aliases and options, as Docker lays them out. */
export function renderHelp(binary: string, spec: CommandSpec): string {
  let text = `Usage:  ${binary} ${spec.use}\n\n${spec.description}\n`;
  if (spec.aliases?.length) text += `\nAliases:\n  ${spec.aliases.map((a) => `${binary} ${a}`).join(', ')}\n`;
  const flags = spec.flags.filter((f) => !f.hidden);
  if (flags.length) text += `\nOptions:\n${renderFlagTable(flags)}`;
  return text;
}

/** Docker's message for a wrong number of positional arguments, or undefined when it is right. */
export function checkArgCount(binary: string, spec: CommandSpec, args: string[]): string | undefined {
  const path = `${binary} ${spec.name}`;
  const { minArgs: min, maxArgs: max } = spec;
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  // docker/cli's cli/required.go wording; only "at least" says `See`, the others `Run`.
  const message = (problem: string, hint: 'See' | 'Run' | 'SRun') =>
    `${binary}: '${path}' ${problem}\n\nUsage:  ${binary} ${spec.use}\n\n${hint} '${path} --help' for more information`;
  const tooFew = min !== undefined && args.length < min;
  const tooMany = max !== undefined && args.length > max;
  if (!tooFew && !tooMany) return undefined;
  if (min !== undefined && max !== undefined && min === max) return message(`requires ${min} ${plural(min)}`, 'Run');
  if (min !== undefined && max !== undefined) return message(`requires at least ${min} and at most ${max} ${plural(max)}`, 'Run');
  if (tooFew && min !== undefined) return message(`requires at least ${min} ${plural(min)}`, 'See');
  if (max === 0) return message('accepts no arguments', 'Run');
  // docker 28 prints this stray `S` (a typo in its RequiresMaxArgs format); kept so output is byte-equal.
  return message(`requires at most ${max ?? 0} ${plural(max ?? 0)}`, 'SRun');
}
