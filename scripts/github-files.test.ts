// The repository's GitHub files: every workflow valid against GitHub's workflow schema (checked by
// action-validator, offline), and the correction form shaped as the claim pages' links expect.
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CORRECTION_FORM } from '../src/lib/site.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const workflows = readdirSync(`${root}.github/workflows`).filter((file) => file.endsWith('.yml'));

describe('GitHub workflows', () => {
  it('include the test workflow and the deploy workflow', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
  });

  it.each(workflows)('%s is valid against the workflow schema', (file) => {
    const result = spawnSync(
      process.execPath,
      [`${root}node_modules/@action-validator/cli/cli.mjs`, `${root}.github/workflows/${file}`],
      { encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the correction form', () => {
  const form = parse(readFileSync(`${root}.github/ISSUE_TEMPLATE/${CORRECTION_FORM}`, 'utf8')) as {
    name: string;
    body: { type: string; id?: string; validations?: { required: boolean } }[];
  };
  const field = (id: string) => form.body.find((item) => item.id === id);

  it('has the claim field the claim pages fill in, required', () => {
    expect(field('claim')).toMatchObject({ type: 'input', validations: { required: true } });
  });

  it('asks what is wrong and for the source, with an archived copy, and who reports it, optionally', () => {
    expect(field('what-is-wrong')?.validations?.required).toBe(true);
    expect(field('source')?.validations?.required).toBe(true);
    expect(field('archived-copy')?.validations?.required).toBe(false);
    expect(field('reporter')?.validations?.required).toBe(false);
  });
});
