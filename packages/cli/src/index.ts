export { runCli } from './cli';
export type { CliIO } from './context';
export { parseFlags, FlagError, ParsedFlags } from './flags';
export type { FlagSpec, FlagKind, CommandSpec } from './flags';
export { humanDuration, humanSize, bytesSize } from './format/units';
export { renderTable } from './format/table';
export { parseTemplate, renderList, goString, TemplateError, type Template } from './format/template';
