// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../src/ui/shared/download';

afterEach(() => vi.restoreAllMocks());

describe('downloadText', () => {
  it('hands the text over as a named file and leaves no link behind in the page', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:map';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('a.obvious.json');
      expect(this.href).toBe('blob:map');
    });
    downloadText('a.obvious.json', '{"x":1}');
    expect(click).toHaveBeenCalledTimes(1);
    expect(await blobs[0]?.text()).toBe('{"x":1}');
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });
});
