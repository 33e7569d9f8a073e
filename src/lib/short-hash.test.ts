import { describe, expect, it } from 'vitest';
import { shortHash } from './short-hash.ts';

describe('the short hash', () => {
  it('is the same for the same text, differs for different text, and is safe in a file name', () => {
    expect(shortHash('{"slug":"a"}')).toBe(shortHash('{"slug":"a"}'));
    expect(shortHash('{"slug":"a"}')).not.toBe(shortHash('{"slug":"b"}'));
    // The first 22 characters of SHA-256 in base64url, as `sha256sum | xxd -r -p | base64` gives them.
    expect(shortHash('')).toBe('47DEQpj8HBSa-_TImW-5JC');
    expect(shortHash('Кримський півострів')).toMatch(/^[\w-]{22}$/);
  });
});
