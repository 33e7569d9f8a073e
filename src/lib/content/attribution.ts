// A claim is always somebody's statement. Its title must say so with an attribution verb, so that no
// title can state a contested event as fact ("Ukraine launched 42 drones at Crimea"). Each language
// the titles are written in has its own list, in every form a title may use.
import type { Locale } from '../i18n/locales.ts';

/** Each form a verb takes, from its stem and endings: "заяв" + ["ив", "ила"] → "заявив", "заявила". */
const forms = (stem: string, endings: readonly string[]) => endings.map((ending) => stem + ending);

// Ukrainian and Russian verbs agree with their subject (the ministry "заявило", the governor
// "заявив"), so each past form is listed in every gender and number.
const UK_PAST = ['в', 'ла', 'ло', 'ли'];
const RU_PAST = ['', 'а', 'о', 'и'];

export const ATTRIBUTION_VERBS: Record<Locale, readonly string[]> = {
  en: [
    ...['say', 'says', 'said'],
    ...['claim', 'claims', 'claimed'],
    ...['report', 'reports', 'reported'],
    ...['state', 'states', 'stated'],
    ...['deny', 'denies', 'denied'],
    ...['accuse', 'accuses', 'accused'],
    ...['announce', 'announces', 'announced'],
    ...['confirm', 'confirms', 'confirmed'],
  ],
  uk: [
    ...forms('заяви', UK_PAST),
    ...['заявляє', 'заявляють'],
    ...forms('повідоми', UK_PAST),
    ...['повідомляє', 'повідомляють'],
    ...forms('стверджува', UK_PAST),
    ...['стверджує', 'стверджують'],
    ...forms('підтверди', UK_PAST),
    ...['підтверджує', 'підтверджують'],
    ...forms('заперечи', UK_PAST),
    ...['заперечує', 'заперечують'],
    ...forms('звинувати', UK_PAST),
    ...['звинувачує', 'звинувачують'],
    ...forms('оголоси', UK_PAST),
    ...['оголошує', 'оголошують'],
    ...forms('сказа', UK_PAST),
    ...['каже', 'кажуть'],
  ],
  ru: [
    ...forms('заявил', RU_PAST),
    ...['заявляет', 'заявляют'],
    ...forms('сообщил', RU_PAST),
    ...['сообщает', 'сообщают'],
    ...forms('утверждал', RU_PAST),
    ...['утверждает', 'утверждают'],
    ...forms('подтвердил', RU_PAST),
    ...['подтверждает', 'подтверждают'],
    ...forms('опроверг', ['', 'ла', 'ло', 'ли']),
    ...['опровергает', 'опровергают', 'отрицает', 'отрицают'],
    ...forms('обвинил', RU_PAST),
    ...['обвиняет', 'обвиняют'],
    ...forms('объявил', RU_PAST),
    ...['объявляет', 'объявляют'],
    ...forms('сказал', RU_PAST),
    ...['говорит', 'говорят'],
  ],
};

// A whole word: \b knows only Latin letters, so the edges are "no letter or digit" in any script.
const wholeWord = (words: readonly string[]) => `(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`;

const VERB = Object.fromEntries(
  Object.entries(ATTRIBUTION_VERBS).map(([locale, verbs]) => [locale, new RegExp(wholeWord(verbs), 'iu')]),
) as Record<Locale, RegExp>;

/**
 * True when the title opens with `name` and attributes the statement to it: the whole name, then an
 * attribution verb or a comma ("Ministry A says …", "Ministry A, citing its radar, says …"). A longer name
 * that begins the same way ("Ministry A's air defence says …") names another party.
 */
export function opensWithClaimant(title: string, name: string, locale: Locale = 'en'): boolean {
  if (!title.startsWith(name)) return false;
  const rest = title.slice(name.length);
  return rest.startsWith(',') || new RegExp(`^ ${wholeWord(ATTRIBUTION_VERBS[locale])}`, 'iu').test(rest);
}

/** True when the title attributes its statement with one of the language's verbs, as a whole word. */
export function isAttributed(title: string, locale: Locale = 'en'): boolean {
  return VERB[locale].test(title);
}
