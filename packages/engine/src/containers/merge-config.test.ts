import { mergeImageConfig } from './merge-config';
import { signalNumber } from './signals';

describe('mergeImageConfig', () => {
  const image = { Env: ['PATH=/bin', 'A=image'], Cmd: ['sh'], WorkingDir: '/srv', User: 'daemon', StopSignal: 'SIGQUIT' };

  it('takes image defaults for what the user left empty', () => {
    const m = mergeImageConfig({ Image: 'busybox' }, image);
    expect(m.Cmd).toEqual(['sh']);
    expect(m.Entrypoint).toBeNull();
    expect(m.Env).toEqual(['PATH=/bin', 'A=image']);
    expect(m.WorkingDir).toBe('/srv');
    expect(m.User).toBe('daemon');
    expect(m.StopSignal).toBe('SIGQUIT');
  });

  it('lets the user override by key and drops image Cmd when an entrypoint is given', () => {
    const m = mergeImageConfig({ Env: ['A=user', 'B=1'], Entrypoint: ['echo'] }, image);
    // dockerd: the container's variables as given, then the image's it does not set.
    expect(m.Env).toEqual(['A=user', 'B=1', 'PATH=/bin']);
    expect(m.Entrypoint).toEqual(['echo']);
    expect(m.Cmd).toBeNull();
    expect(mergeImageConfig({ Cmd: ['true'] }, image).Cmd).toEqual(['true']);
  });

  it('--entrypoint "" ([""]) removes the image entrypoint and keeps the given command; without one there is none', () => {
    const withEntrypoint = { ...image, Entrypoint: ['/docker-entrypoint.sh'] };
    const m = mergeImageConfig({ Entrypoint: [''], Cmd: ['echo', 'hi'] }, withEntrypoint);
    expect([m.Entrypoint, m.Cmd]).toEqual([null, ['echo', 'hi']]);
    const bare = mergeImageConfig({ Entrypoint: [''] }, withEntrypoint);
    expect([bare.Entrypoint, bare.Cmd]).toEqual([null, null]);
  });

  it('keeps labels, exposed ports and volumes with sorted keys, as Go marshals dockerd\'s maps', () => {
    const m = mergeImageConfig({ Labels: { z: '1', 'com.b': '2' }, ExposedPorts: { '90/tcp': {} }, Volumes: { '/b': {} } }, { Labels: { m: 'image', z: 'image' }, ExposedPorts: { '80/tcp': {} }, Volumes: { '/a': {} } });
    expect(JSON.stringify(m.Labels)).toBe('{"com.b":"2","m":"image","z":"1"}');
    expect(Object.keys(m.ExposedPorts ?? {})).toEqual(['80/tcp', '90/tcp']);
    expect(Object.keys(m.Volumes ?? {})).toEqual(['/a', '/b']);
  });
});

describe('signalNumber', () => {
  it('accepts names with or without SIG and numbers', () => {
    expect(signalNumber('TERM')).toBe(15);
    expect(signalNumber('SIGKILL')).toBe(9);
    expect(signalNumber('hup')).toBe(1);
    expect(signalNumber('10')).toBe(10);
    expect(() => signalNumber('NOPE')).toThrow(/Invalid signal/);
    expect(() => signalNumber(0)).toThrow(/Invalid signal/);
  });

  it('knows the real-time signals by dockerd\'s names', () => {
    expect(['RTMIN', 'SIGRTMIN+1', 'rtmin+15', 'RTMAX-14', 'SIGRTMAX'].map((s) => signalNumber(s))).toEqual([34, 35, 49, 50, 64]);
    for (const bad of ['RTMIN+16', 'RTMAX-15', 'RTMIN-1', 'RTMAX+1', 'RTMIN+0', 'RTMINX']) expect(() => signalNumber(bad)).toThrow(`Invalid signal: ${bad}`);
  });
});

describe('commandLine', () => {
  it('single-quotes arguments with spaces, as moby lists them', () => {
    const { commandLine } = require('./service') as typeof import('./service');
    expect(commandLine('sh', ['-c', 'echo a; sleep 1'])).toBe("sh -c 'echo a; sleep 1'");
    expect(commandLine('true', [])).toBe('true');
  });
});
