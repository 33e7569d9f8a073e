// "Did you mean …?" for near-miss values: a mistyped status, actor slug or field name.

/** Levenshtein distance: the fewest single-character edits that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The one candidate likely meant by `value`: the unique nearest within a few edits, ignoring case, or
 * else the unique candidate sharing its first three letters ("deny" for "denies").
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const lower = value.toLowerCase();
  const limit = Math.max(2, Math.floor(value.length / 3));
  const distances = list.map((candidate) => editDistance(lower, candidate.toLowerCase()));
  const best = Math.min(...distances);
  const nearest = list.filter((_, i) => distances[i] === best);
  // Distances ignore case, so "archiveURL" finds "archiveUrl" with nothing else to tell them apart.
  if (best === 0) return nearest.length === 1 && nearest[0] !== value ? nearest[0] : undefined;
  if (best <= limit && nearest.length === 1) return nearest[0];
  const sharingPrefix = lower.length >= 3 ? list.filter((c) => c.toLowerCase().startsWith(lower.slice(0, 3))) : [];
  return sharingPrefix.length === 1 ? sharingPrefix[0] : undefined;
}

/** " (did you mean "x"?)" when a candidate is close to `value`, else "". */
export function didYouMean(value: unknown, candidates: Iterable<string>): string {
  if (typeof value !== 'string') return '';
  const suggestion = closest(value, candidates);
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}
