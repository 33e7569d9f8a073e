import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidContent, ContentValidationError } from './content-validation.ts';
import { contentFiles, TODAY } from '../lib/content/__fixtures__/content.ts';
import type { ContentFile } from '../lib/content/validate.ts';

function contentDirWith(files: ContentFile[]): string {
  const root = mkdtempSync(join(tmpdir(), 'contested-content-'));
  for (const { file, text } of files) {
    const path = join(root, file.replace(/^content\//, ''));
    mkdirSync(text === null ? path : join(path, '..'), { recursive: true });
    if (text !== null) writeFileSync(path, text);
  }
  return root;
}

describe('the build-time content check', () => {
  it('passes valid content', () => {
    expect(() => assertValidContent(contentDirWith(contentFiles()), { today: TODAY })).not.toThrow();
  });

  it('fails the build listing every problem with file and field', () => {
    const dir = contentDirWith(
      contentFiles({
        claims: { 'missile-shot-down': { title: 'Too short', claimant: 'nobody' } },
        actors: { 'ministry-a': { name: 'Ministry A', kind: 'ministry', affiliation: 'russia', colour: 'red' } },
      }),
    );
    let error: unknown;
    try {
      assertValidContent(dir, { today: TODAY });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentValidationError);
    const { lines, message } = error as ContentValidationError;
    expect(lines).toContain(
      'content/actors/ministry-a.mdx: colour: found an unknown field (value "red"); allowed only the fields name, kind, affiliation, role',
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/claims\/missile-shot-down\.mdx: title: found "Too short" \(9 characters\); allowed/,
        ),
        expect.stringMatching(/^content\/claims\/missile-shot-down\.mdx: claimedOn: found nothing/),
        expect.stringMatching(/^content\/claims\/missile-shot-down\.mdx: status: found nothing/),
      ]),
    );
    expect(message).toContain(`Content has ${lines.length} problems:`);
  });

  it('skips drafts whose names start with an underscore', () => {
    const files = [
      ...contentFiles(),
      { collection: 'claims' as const, file: 'content/claims/_draft.mdx', text: 'not even frontmatter' },
    ];
    expect(() => assertValidContent(contentDirWith(files), { today: TODAY })).not.toThrow();
  });
});
