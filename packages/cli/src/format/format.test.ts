import { PS_HEADER, containerRow, displayPorts, ellipsis, goQuote } from './containers';
import { IMAGES_HEADER, imageRows, splitRepoTag } from './images';
import { alignLabels, renderTable } from './table';
import { bytesSize, formatG, humanDuration, humanSize } from './units';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('humanDuration (go-units)', () => {
  test.each([
    [0, 'Less than a second'],
    [999, 'Less than a second'],
    [1 * S, '1 second'],
    [5 * S, '5 seconds'],
    [59 * S, '59 seconds'],
    [60 * S, 'About a minute'],
    [119 * S, 'About a minute'],
    [2 * M, '2 minutes'],
    [59 * M, '59 minutes'],
    [60 * M, 'About an hour'],
    [89 * M, 'About an hour'],
    [90 * M, '2 hours'],
    [47 * H, '47 hours'],
    [48 * H, '2 days'],
    [13 * D, '13 days'],
    [14 * D, '2 weeks'],
    [59 * D, '8 weeks'],
    [60 * D, '2 months'],
    [729 * D, '24 months'],
    [730 * D, '2 years'],
  ])('%d ms is %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});

describe('sizes', () => {
  test.each([
    [0, '0B'],
    [999, '999B'],
    [1000, '1kB'],
    [4_261_234, '4.26MB'],
    [4_000_000, '4MB'],
    [123_456_789, '123MB'],
    [1_500_000_000, '1.5GB'],
    [999_900, '1e+03kB'],
  ])('humanSize(%d) = %s', (bytes, text) => expect(humanSize(bytes)).toBe(text));

  test.each([
    [512, '512B'],
    [2048, '2KiB'],
    [16_687_681_536, '15.54GiB'],
  ])('bytesSize(%d) = %s', (bytes, text) => expect(bytesSize(bytes)).toBe(text));

  test('formatG follows Go', () => {
    expect(formatG(4.2612, 3)).toBe('4.26');
    expect(formatG(100, 3)).toBe('100');
    expect(formatG(0.00001234, 3)).toBe('1.23e-05');
  });
});

describe('tables', () => {
  test('columns are widest cell + 3, at least 10; the last is unpadded', () => {
    expect(renderTable([['A', 'LONGER HEADER', 'END'], ['xyz', 'b', 'tail']])).toBe(
      'A         LONGER HEADER   END\n' + 'xyz       b               tail\n',
    );
  });

  test('width counts characters, so an ellipsis is one', () => {
    const out = renderTable([['"abcdefghijklmnopqrs…"', 'x']]);
    expect(out).toBe('"abcdefghijklmnopqrs…"   x\n');
  });

  test('version labels align at 20 columns', () => {
    expect(alignLabels([[' Version:', '1'], [' API version:', '1.51']])).toBe(' Version:           1\n API version:       1.51\n');
  });
});

describe('ps rows', () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0);
  const container = {
    Id: 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0abcd',
    Names: ['/web', '/other/alias'],
    Image: 'busybox',
    Command: 'sh -c "while true; do sleep 1; done"',
    Created: now / 1000 - 5,
    State: 'running',
    Status: 'Up 3 seconds',
    Ports: [
      { IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' as const },
      { PrivatePort: 443, Type: 'tcp' as const },
    ],
  };

  test('truncated, as docker ps shows it', () => {
    expect(containerRow(container, { noTrunc: false, now })).toEqual([
      'a1b2c3d4e5f6',
      'busybox',
      '"sh -c \\"while true; …"',
      '5 seconds ago',
      'Up 3 seconds',
      '443/tcp, 0.0.0.0:8080->80/tcp',
      'web',
    ]);
  });

  test('--no-trunc keeps everything', () => {
    const row = containerRow(container, { noTrunc: true, now });
    expect(row[0]).toBe(container.Id);
    expect(row[2]).toBe(goQuote(container.Command));
    expect(row[6]).toBe('web,other/alias');
  });

  test('a whole table lines up like docker ps', () => {
    const exited = { ...container, Names: ['/job'], Command: 'echo hi', Status: 'Exited (0) 2 seconds ago', Ports: [], Created: now / 1000 - 120 };
    const out = renderTable([PS_HEADER, containerRow(exited, { noTrunc: false, now })]);
    expect(out).toBe(
      'CONTAINER ID   IMAGE     COMMAND     CREATED         STATUS                     PORTS     NAMES\n' +
        'a1b2c3d4e5f6   busybox   "echo hi"   2 minutes ago   Exited (0) 2 seconds ago             job\n',
    );
  });

  test('helpers', () => {
    expect(ellipsis('12345678901234567890', 20)).toBe('12345678901234567890');
    expect(ellipsis('123456789012345678901', 20)).toBe('1234567890123456789…');
    expect(goQuote('a"b\\c\n\x01')).toBe('"a\\"b\\\\c\\n\\x01"');
    expect(displayPorts(null)).toBe('');
    expect(displayPorts([{ IP: '::', PrivatePort: 53, PublicPort: 53, Type: 'udp' }])).toBe('[::]:53->53/udp');
  });
});

describe('images rows', () => {
  const now = Date.UTC(2025, 0, 1);
  const base = {
    Id: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    ParentId: '',
    RepoDigests: [],
    Created: now / 1000 - 2 * 7 * 86400,
    Size: 4_261_234,
  };

  test('one row per tag', () => {
    expect(imageRows({ ...base, RepoTags: ['busybox:latest', 'localhost:5000/team/bb:1.36'] }, { noTrunc: false, now })).toEqual([
      ['busybox', 'latest', '0123456789ab', '2 weeks ago', '4.26MB'],
      ['localhost:5000/team/bb', '1.36', '0123456789ab', '2 weeks ago', '4.26MB'],
    ]);
  });

  test('untagged images show <none>; unknown creation shows N/A', () => {
    expect(imageRows({ ...base, RepoTags: null, Created: 0 }, { noTrunc: true, now })).toEqual([
      ['<none>', '<none>', base.Id, 'N/A', '4.26MB'],
    ]);
    expect(imageRows({ ...base, RepoTags: [], RepoDigests: ['busybox@sha256:ff'] }, { noTrunc: false, now })[0].slice(0, 2)).toEqual([
      'busybox',
      '<none>',
    ]);
  });

  test('table', () => {
    expect(renderTable([IMAGES_HEADER, ...imageRows({ ...base, RepoTags: ['busybox:latest'] }, { noTrunc: false, now })])).toBe(
      'REPOSITORY   TAG       IMAGE ID       CREATED       SIZE\n' + 'busybox      latest    0123456789ab   2 weeks ago   4.26MB\n',
    );
    expect(splitRepoTag('host:5000/x')).toEqual(['host:5000/x', '<none>']);
  });
});
