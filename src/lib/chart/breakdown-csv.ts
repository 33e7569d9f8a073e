// The breakdown as open data: one row per part, with enough context (claim, claimant, status) that
// the file still says whose figures they are when it travels on its own.
import { csvFormat } from 'd3';
import type { Breakdown, ClaimStatus } from '../content/schema.ts';

export interface BreakdownCsvInput {
  claim: string;
  claimant: string;
  status: ClaimStatus;
  breakdown: Breakdown;
}

export const BREAKDOWN_CSV_COLUMNS = ['claim', 'claimant', 'status', 'unit', 'part', 'count', 'total'] as const;

export function breakdownCsv({ claim, claimant, status, breakdown }: BreakdownCsvInput): string {
  const rows = breakdown.parts.map((part) => ({
    claim,
    claimant,
    status,
    unit: breakdown.unit,
    part: part.label,
    count: String(part.count),
    total: String(breakdown.total),
  }));
  return `${csvFormat(rows, [...BREAKDOWN_CSV_COLUMNS])}\n`;
}
