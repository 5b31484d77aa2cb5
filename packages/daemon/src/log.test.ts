import { createLog } from './log';

describe('createLog', () => {
  it('drops lines below the level, read at every line', () => {
    let level = 'warn';
    const lines: string[] = [];
    const log = createLog(() => level, (line) => lines.push(line));
    log('started');
    log('disk almost full', 'warn');
    log('details', 'debug');
    level = 'debug';
    log('details again', 'debug');
    log('fatal thing', 'fatal');
    expect(lines.map((l) => l.replace(/^\S+ /, '').trim())).toEqual(['level=warn disk almost full', 'level=debug details again', 'level=fatal fatal thing']);
  });

  it('writes info by default', () => {
    const lines: string[] = [];
    createLog(() => 'info', (line) => lines.push(line))('hello');
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ level=info hello\n$/);
  });
});
