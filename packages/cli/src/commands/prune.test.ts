import { deletedImagesSection, deletedSection } from './prune';

describe('prune report sections', () => {
  it('prints a title, one line per item and a blank line, or nothing when nothing went', () => {
    expect(deletedSection('Deleted Containers', ['a', 'b'])).toBe('Deleted Containers:\na\nb\n\n');
    expect(deletedSection('Deleted Networks', [])).toBe('');
    expect(deletedSection('Deleted Volumes', null)).toBe('');
    expect(deletedSection('Deleted build cache objects', undefined)).toBe('');
  });

  it('names each image item as docker does: untagged references, deleted images', () => {
    expect(deletedImagesSection([{ Untagged: 'busybox:latest' }, { Deleted: 'sha256:abc' }])).toBe('Deleted Images:\nuntagged: busybox:latest\ndeleted: sha256:abc\n\n');
    expect(deletedImagesSection(null)).toBe('');
  });
});
