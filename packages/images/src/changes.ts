import { invalidArgument } from '@berth/errdefs';
import type { ImageConfigChanges } from './image';

// `docker import -c` / `docker commit -c` take Dockerfile instructions, one per string. Only the
// instructions that change the run config are allowed, as in Docker.

const ALLOWED = new Set(['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'LABEL', 'ONBUILD', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

/** Split `a=b c="d e"` into words, honouring double and single quotes and backslash escapes. */
function words(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | undefined;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) current += text[++i];
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      current += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(current);
      current = '';
      inWord = false;
    } else {
      current += c;
      inWord = true;
    }
  }
  if (quote !== undefined) throw invalidArgument(`unexpected end of statement while looking for matching ${quote}`);
  if (inWord) out.push(current);
  return out;
}

/** A JSON array of strings (`["sh", "-c"]`), or undefined when `text` is not one. */
function jsonArray(text: string): string[] | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return parsed as string[];
  } catch {
    // Not JSON: Docker then treats the text as shell form.
  }
  return undefined;
}

/** `KEY=value ...` pairs, or the legacy `KEY value` form with a single pair. */
function pairs(instruction: string, rest: string): [string, string][] {
  const parts = words(rest);
  if (parts.length === 0) throw invalidArgument(`${instruction} requires at least one argument`);
  if (!parts[0].includes('=')) {
    const space = rest.search(/\s/);
    if (space < 0) throw invalidArgument(`${instruction} must have two arguments`);
    return [[rest.slice(0, space), words(rest.slice(space)).join(' ')]];
  }
  return parts.map((part) => {
    const eq = part.indexOf('=');
    if (eq <= 0) throw invalidArgument(`${instruction} names can not be blank`);
    return [part.slice(0, eq), part.slice(eq + 1)];
  });
}

function setEnv(env: string[], key: string, value: string): string[] {
  return [...env.filter((e) => e.split('=', 1)[0] !== key), `${key}=${value}`];
}

/**
 * Parse `-c` changes (`CMD ["sh"]`, `ENV A=1`, `EXPOSE 80`, `WORKDIR /app` ...) into the run config
 * fields they set. Env is the list of variables the changes set (a caller merges it over a
 * parent's). InvalidArgument `<WORD> is not a valid change command` for other instructions.
 */
export function parseChanges(lines: string[]): ImageConfigChanges {
  const changes: ImageConfigChanges = {};
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
    const word = (match?.[1] ?? '').toUpperCase();
    const rest = (match?.[2] ?? '').trim();
    if (!ALLOWED.has(word)) throw invalidArgument(`${match?.[1] ?? trimmed} is not a valid change command`);
    switch (word) {
      case 'CMD':
      case 'ENTRYPOINT': {
        const command = jsonArray(rest) ?? (rest === '' ? [] : ['/bin/sh', '-c', rest]);
        if (word === 'CMD') changes.Cmd = command;
        else changes.Entrypoint = command;
        break;
      }
      case 'ENV':
        for (const [key, value] of pairs(word, rest)) changes.Env = setEnv(changes.Env ?? [], key, value);
        break;
      case 'LABEL':
        for (const [key, value] of pairs(word, rest)) changes.Labels = { ...(changes.Labels ?? {}), [key]: value };
        break;
      case 'EXPOSE':
        for (const port of words(rest)) {
          if (!/^\d+(-\d+)?(\/(tcp|udp|sctp))?$/i.test(port)) throw invalidArgument(`invalid containerPort: ${port}`);
          const key = port.includes('/') ? port.toLowerCase() : `${port}/tcp`;
          changes.ExposedPorts = { ...(changes.ExposedPorts ?? {}), [key]: {} };
        }
        break;
      case 'VOLUME':
        for (const volume of jsonArray(rest) ?? words(rest)) {
          if (volume === '') throw invalidArgument('VOLUME specified can not be an empty string');
          changes.Volumes = { ...(changes.Volumes ?? {}), [volume]: {} };
        }
        break;
      case 'ONBUILD':
        changes.OnBuild = [...(changes.OnBuild ?? []), rest];
        break;
      case 'USER':
        changes.User = rest;
        break;
      case 'WORKDIR':
        changes.WorkingDir = rest;
        break;
      case 'STOPSIGNAL':
        changes.StopSignal = rest;
        break;
    }
  }
  return changes;
}

/**
 * The run config of a new image: `base` with `changes` over it. Env variables are merged by name,
 * labels, ports and volumes by key; every other field given replaces the base's.
 */
export function applyChanges(base: ImageConfigChanges | undefined, changes: ImageConfigChanges): ImageConfigChanges {
  const merged: ImageConfigChanges = { ...(base ?? {}), ...changes };
  if (changes.Env !== undefined) {
    let env = base?.Env ?? [];
    for (const entry of changes.Env) {
      const eq = entry.indexOf('=');
      env = setEnv(env, eq < 0 ? entry : entry.slice(0, eq), eq < 0 ? '' : entry.slice(eq + 1));
    }
    merged.Env = env;
  }
  for (const key of ['Labels', 'ExposedPorts', 'Volumes'] as const) {
    if (changes[key] !== undefined && base?.[key]) merged[key] = { ...base[key], ...changes[key] } as never;
  }
  return merged;
}
