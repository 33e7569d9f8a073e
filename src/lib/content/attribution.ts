// A claim is always somebody's statement. Its title must say so with an attribution verb, so that no
// title can state a contested event as fact ("Ukraine launched 42 drones at Crimea").

/** The verbs that attribute a statement, in every form a title may use them. */
export const ATTRIBUTION_VERBS = [
  'say',
  'says',
  'said',
  'claim',
  'claims',
  'claimed',
  'report',
  'reports',
  'reported',
  'state',
  'states',
  'stated',
  'deny',
  'denies',
  'denied',
  'accuse',
  'accuses',
  'accused',
  'announce',
  'announces',
  'announced',
  'confirm',
  'confirms',
  'confirmed',
] as const;

const VERB = new RegExp(`\\b(?:${ATTRIBUTION_VERBS.join('|')})\\b`, 'i');

/**
 * True when the title opens with `name` and attributes the statement to it: the whole name, then an
 * attribution verb or a comma ("Ministry A says …", "Ministry A, citing its radar, says …"). A longer name
 * that begins the same way ("Ministry A's air defence says …") names another party.
 */
export function opensWithClaimant(title: string, name: string): boolean {
  if (!title.startsWith(name)) return false;
  const rest = title.slice(name.length);
  return rest.startsWith(',') || new RegExp(`^ (?:${ATTRIBUTION_VERBS.join('|')})\\b`, 'i').test(rest);
}

/** True when the title attributes its statement with one of ATTRIBUTION_VERBS, as a whole word. */
export function isAttributed(title: string): boolean {
  return VERB.test(title);
}
