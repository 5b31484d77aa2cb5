import type { Image } from '@berth/images';
import { filterImages, globToRegExp } from './filters';

function image(id: string, tags: string[], created: string, labels: Record<string, string> = {}): Image {
  return {
    id, repoTags: tags, repoDigests: [], created: new Date(created), size: 1, chainId: '',
    target: { mediaType: 'x', digest: id, size: 1 },
    config: { architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, config: { Labels: labels } },
  };
}

describe('image list filters', () => {
  const old = image('sha256:1', ['busybox:latest', 'localhost:5000/ns/app:v1'], '2020-01-01T00:00:00Z', { tier: 'base' });
  const mid = image('sha256:2', [], '2021-01-01T00:00:00Z');
  const recent = image('sha256:3', ['user/app:v2'], '2022-01-01T00:00:00Z', { tier: 'app' });
  const all = [old, mid, recent];
  const resolve = async (ref: string) => all.find((i) => i.id === ref || i.repoTags.includes(ref)) ?? Promise.reject(new Error(ref));

  test('Go path.Match globs never cross a slash', () => {
    expect(globToRegExp('user/*').test('user/app')).toBe(true);
    expect(globToRegExp('*').test('user/app')).toBe(false);
    expect(globToRegExp('b?sybox:[a-z]*').test('busybox:latest')).toBe(true);
  });

  test('dangling, reference (only matching tags shown), label, before and since', async () => {
    expect((await filterImages(all, { dangling: ['true'] }, resolve)).map((i) => i.id)).toEqual(['sha256:2']);
    expect((await filterImages(all, { dangling: ['false'] }, resolve)).map((i) => i.id)).toEqual(['sha256:1', 'sha256:3']);
    const byRef = await filterImages(all, { reference: ['busybox'] }, resolve);
    expect(byRef.map((i) => i.repoTags)).toEqual([['busybox:latest']]);
    expect((await filterImages(all, { reference: ['*/*/app:v1'] }, resolve)).map((i) => i.repoTags)).toEqual([['localhost:5000/ns/app:v1']]);
    expect((await filterImages(all, { label: ['tier=app'] }, resolve)).map((i) => i.id)).toEqual(['sha256:3']);
    expect((await filterImages(all, { label: ['tier'] }, resolve)).map((i) => i.id)).toEqual(['sha256:1', 'sha256:3']);
    expect((await filterImages(all, { before: ['user/app:v2'] }, resolve)).map((i) => i.id)).toEqual(['sha256:1', 'sha256:2']);
    expect((await filterImages(all, { since: ['busybox:latest'] }, resolve)).map((i) => i.id)).toEqual(['sha256:2', 'sha256:3']);
  });

  test('a reference filter also drops digests of repositories it excludes', async () => {
    const digest = 'sha256:' + 'e'.repeat(64);
    const tagged = { ...old, repoDigests: [`busybox@${digest}`, `localhost:5000/ns/app@${digest}`] };
    const [kept] = await filterImages([tagged], { reference: ['busybox'] }, resolve);
    expect(kept.repoTags).toEqual(['busybox:latest']);
    expect(kept.repoDigests).toEqual([`busybox@${digest}`]);
  });

  test('unknown keys and bad values are refused as dockerd does', async () => {
    await expect(filterImages(all, { colour: ['red'] }, resolve)).rejects.toThrow("invalid filter 'colour'");
    await expect(filterImages(all, { dangling: ['maybe'] }, resolve)).rejects.toThrow("Invalid filter 'dangling=maybe'");
  });
});
