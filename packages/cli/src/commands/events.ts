import { eventsOf } from '@berth/client';
import { type Command, StatusError, write } from '../context';
import { eventJson, eventLine, eventTemplateData } from '../format/events';
import { INSPECT_FORMAT_USAGE, parseTemplate, TemplateError, type Template } from '../format/template';
import { parseFilters } from './ps';

/** `--format`: none (docker's line), `json` (the daemon's JSON), or a Go template. */
function formatter(format: string): (event: Parameters<typeof eventLine>[0]) => string {
  if (!format) return (event) => eventLine(event);
  if (format === 'json') return (event) => `${eventJson(event)}\n`;
  let template: Template;
  try {
    template = parseTemplate(format, { struct: '*events.Message' });
    // As docker: a template is tried on an empty event first, so a bad one fails before any output.
    template.execute(eventTemplateData({ Type: 'container', Action: '', Actor: { ID: '', Attributes: {} }, scope: 'local', time: 0, timeNano: 0 }));
  } catch (err) {
    if (err instanceof TemplateError) throw new StatusError(`Error parsing format: ${err.message}`, 64);
    throw err;
  }
  return (event) => `${template.execute(eventTemplateData(event))}\n`;
}

export const eventsCommand: Command = {
  spec: {
    name: 'events',
    use: 'events [OPTIONS]',
    description: 'Get real time events from the server',
    aliases: ['system events', 'events'],
    flags: [
      { name: 'filter', short: 'f', kind: 'list', usage: 'Filter output based on conditions provided' },
      { name: 'format', kind: 'string', usage: INSPECT_FORMAT_USAGE },
      { name: 'since', kind: 'string', usage: 'Show all events created since timestamp' },
      { name: 'until', kind: 'string', usage: 'Stream events until this timestamp' },
    ],
    maxArgs: 0,
  },
  async run(ctx, flags) {
    const render = formatter(flags.string('format'));
    const filters = parseFilters(flags.list('filter'));
    const events = await eventsOf(ctx.client()).stream({
      since: flags.string('since') || undefined,
      until: flags.string('until') || undefined,
      filters,
    });
    for await (const event of events) await write(ctx.io.stdout, render(event));
  },
};
