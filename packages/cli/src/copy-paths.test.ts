import {
  assertsDirectory, CANNOT_COPY_DIR, cleanPath, getRebaseName, NO_SUCH_DIRECTORY, preserveTrailingDotOrSeparator, prepareArchiveCopy, splitCopyArg, splitPathDirEntry, type CopyInfo,
} from './copy-paths';

const info = (path: string, exists: boolean, isDir: boolean, rebaseName = ''): CopyInfo => ({ path, exists, isDir, rebaseName });

describe('docker cp path rules', () => {
  it('tells container paths from local ones', () => {
    expect(splitCopyArg('web:/etc/hosts')).toEqual({ container: 'web', path: '/etc/hosts' });
    expect(splitCopyArg('/tmp/a:b')).toEqual({ path: '/tmp/a:b' });
    expect(splitCopyArg('./a:b')).toEqual({ path: './a:b' });
    expect(splitCopyArg('file.txt')).toEqual({ path: 'file.txt' });
    expect(splitCopyArg('web:')).toEqual({ container: 'web', path: '' });
    expect(splitCopyArg('-')).toEqual({ path: '-' });
  });

  it('keeps what a trailing slash or dot asserts', () => {
    expect(assertsDirectory('/a/')).toBe(true);
    expect(assertsDirectory('/a/.')).toBe(true);
    expect(assertsDirectory('/a')).toBe(false);
    expect(cleanPath('/a//b/../c/')).toBe('/a/c');
    expect(preserveTrailingDotOrSeparator('/a/b', 'b/.')).toBe('/a/b/.');
    expect(preserveTrailingDotOrSeparator('/a/b', 'b/')).toBe('/a/b/');
    expect(preserveTrailingDotOrSeparator('/', '/')).toBe('/');
    expect(splitPathDirEntry('/a/b/.')).toEqual(['/a/b', '.']);
    expect(splitPathDirEntry('/a/b/')).toEqual(['/a', 'b']);
    expect(splitPathDirEntry('/a')).toEqual(['/', 'a']);
  });

  it('renames entries when a followed link changed the last name', () => {
    expect(getRebaseName('/data/link', '/real/target')).toEqual(['/real/target', 'link']);
    expect(getRebaseName('/data/link/', '/real/dir')).toEqual(['/real/dir/', 'link']);
    expect(getRebaseName('/data/link/.', '/real/dir')).toEqual(['/real/dir/.', '']);
    expect(getRebaseName('/data/same', '/elsewhere/same')).toEqual(['/elsewhere/same', '']);
  });

  it('plans where each kind of copy is extracted and how it is renamed', () => {
    // into an existing directory: as is
    expect(prepareArchiveCopy(info('/src/file', true, false), info('/dst', true, true))).toEqual({ dstDir: '/dst' });
    // a file over an existing file: renamed to the destination's name, in its directory
    expect(prepareArchiveCopy(info('/src/file', true, false), info('/dst/other', true, false))).toEqual({ dstDir: '/dst', rebase: { from: 'file', to: 'other' } });
    // a directory to a new name
    expect(prepareArchiveCopy(info('/src/dir', true, true), info('/dst/new', false, false))).toEqual({ dstDir: '/dst', rebase: { from: 'dir', to: 'new' } });
    // the contents of a directory to a new name
    expect(prepareArchiveCopy(info('/src/dir/.', true, true), info('/dst/new', false, false))).toEqual({ dstDir: '/dst', rebase: { from: '.', to: 'new' } });
    // a followed link's entries carry its rebase name
    expect(prepareArchiveCopy(info('/real/t', true, false, 'link'), info('/dst/x', false, false))).toEqual({ dstDir: '/dst', rebase: { from: 'link', to: 'x' } });
  });

  it('refuses the copies docker refuses', () => {
    expect(() => prepareArchiveCopy(info('/src/dir', true, true), info('/dst/file', true, false))).toThrow(CANNOT_COPY_DIR);
    expect(() => prepareArchiveCopy(info('/src/file', true, false), info('/dst/missing/', false, false))).toThrow(NO_SUCH_DIRECTORY);
  });
});
