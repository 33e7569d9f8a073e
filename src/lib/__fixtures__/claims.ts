// A claim for unit tests: every required field filled with a plain value, the rest as a test gives it.
import type { ClaimLike } from '../claims.ts';
import type { ClaimData } from '../content/schema.ts';

export const CLAIM_DEFAULTS: ClaimData = {
  title: 'Ministry A says a thing happened',
  claimant: 'ministry-a',
  incident: 'an-incident',
  claimedOn: '2024-01-10',
  claimedOnKind: 'source-date',
  status: 'unverified',
  summary: 'A summary long enough.',
  sources: [{ title: 'A report', date: '2024-01-10' }],
};

export const sampleClaim = (id: string, data: Partial<ClaimData> = {}): ClaimLike => ({
  id,
  data: { ...CLAIM_DEFAULTS, ...data },
});
