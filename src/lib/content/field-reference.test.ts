import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference, withFieldReference } from './field-reference.ts';

describe('the field reference in CONTRIBUTING.md', () => {
  it('matches the schemas (run `npm run docs` to update it)', () => {
    const document = readFileSync(new URL('../../../CONTRIBUTING.md', import.meta.url), 'utf8');
    expect(document).toBe(withFieldReference(document));
  });

  it('lists every field with its type and whether it is required', () => {
    const reference = fieldReference();
    expect(reference).toContain(
      '| `status` | one of `unverified`, `corroborated`, `disputed`, `confirmed`, `refuted` | yes |',
    );
    expect(reference).toContain('| `sources[].url` | absolute http(s) URL | no |');
    expect(reference).toContain('| `breakdown.parts[].count` | whole number ≥ 0 | yes |');
    expect(reference).toContain('| `claimedOn` | date `YYYY-MM-DD` | yes |');
  });
});
