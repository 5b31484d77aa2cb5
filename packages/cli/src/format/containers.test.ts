import type { ContainerSummary } from '@berth/client';
import { PS_HEADERS, containerFields, psDefaultTable, psJsonLine, sizeColumn } from './containers';
import { renderList } from './template';

const now = Date.parse('2026-01-01T00:01:00Z');
const container: ContainerSummary = {
  Id: 'f'.repeat(64),
  Names: ['/web'],
  Image: 'busybox',
  Command: 'sh -c \'while true; do sleep 1; done\'',
  Created: Date.parse('2026-01-01T00:00:55Z') / 1000,
  State: 'running',
  Status: 'Up 4 seconds',
  Labels: { b: '2', a: '1' },
  SizeRw: 12,
  SizeRootFs: 4_260_012,
};

describe('docker ps fields', () => {
  it('truncates and quotes as docker does', () => {
    const f = containerFields(container, { noTrunc: false, now });
    expect(f).toMatchObject({ ID: 'ffffffffffff', Command: '"sh -c \'while true; …"', RunningFor: '5 seconds ago', Names: 'web', Labels: 'a=1,b=2', Size: '12B (virtual 4.26MB)', CreatedAt: '2026-01-01 00:00:55 +0000 UTC' });
    expect(containerFields(container, { noTrunc: true, now }).Command).toBe(`"${container.Command}"`);
  });

  it('sizes without a root filesystem size are the writable layer alone', () => {
    expect(sizeColumn({ ...container, SizeRw: 0, SizeRootFs: 0 })).toBe('0B');
  });

  it('renders the default table (with SIZE under -s), custom templates and json', () => {
    const rows = [containerFields(container, { noTrunc: false, now })];
    const table = renderList('table', rows, PS_HEADERS, psDefaultTable(true)).split('\n');
    expect(table[0]).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND\s+CREATED\s+STATUS\s+PORTS\s+NAMES\s+SIZE$/);
    expect(table[1]).toMatch(/^ffffffffffff\s+busybox\s+".*"\s+5 seconds ago\s+Up 4 seconds\s+web\s+12B \(virtual 4.26MB\)$/);
    expect(renderList('{{.Names}}:{{.State}}', rows, PS_HEADERS, '')).toBe('web:running\n');
    expect(JSON.parse(renderList('json', rows, PS_HEADERS, '').trim())).toMatchObject({ ID: 'ffffffffffff', Names: 'web', State: 'running' });
  });

  it('json lines as docker marshals them: sorted keys, escaped <>&, Platform null', () => {
    const line = psJsonLine(containerFields({ ...container, Command: 'a > b' }, { noTrunc: true, now }));
    expect(line.startsWith('{"Command":"\\"a \\u003e b\\"","CreatedAt":')).toBe(true);
    expect(Object.keys(JSON.parse(line) as object)).toEqual(['Command', 'CreatedAt', 'ID', 'Image', 'Labels', 'LocalVolumes', 'Mounts', 'Names', 'Networks', 'Platform', 'Ports', 'RunningFor', 'Size', 'State', 'Status']);
  });
});
