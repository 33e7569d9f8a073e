// npm run docs: rewrites the field reference in CONTRIBUTING.md from the content schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldReference } from '../src/lib/content/field-reference.ts';

const file = new URL('../CONTRIBUTING.md', import.meta.url);
const before = readFileSync(file, 'utf8');
const after = withFieldReference(before);
writeFileSync(file, after);
console.log(
  before === after
    ? 'CONTRIBUTING.md: field reference already up to date.'
    : 'CONTRIBUTING.md: field reference updated.',
);
