// The one script on the site: search with Pagefind, on /search/ only. The page reads fully without
// it (it says search needs JavaScript and links to the lists); with it, the form appears, results
// follow the words as they are typed (once typing pauses) and every change of a filter, and each
// result links to a claim's permanent page and says its status in words. The query and filters stay
// in the address, so a search can be linked and the back button works.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** What a page is and its status are filters, not metadata: Pagefind searches metadata. */
  filters: Record<string, string[] | undefined>;
}

interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (
    query: string | null,
    options: { filters: Record<string, string> },
  ) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

/** What the script writes, in the page's language (see searchWords in src/lib/views/actors.ts). */
interface SearchWords {
  status: string;
  none: string;
  results: Record<string, string | undefined>;
  summary: string;
  capped: string;
}

/** How long typing must pause before the words typed so far are searched. */
const TYPING_PAUSE_MS = 250;
/** The most results listed. */
const SHOWN = 50;

const form = document.querySelector<HTMLFormElement>('#search-form');
const words = JSON.parse(form?.dataset['words'] ?? '{}') as SearchWords;
const { lang } = document.documentElement;
const plural = new Intl.PluralRules(lang);
const numbers = new Intl.NumberFormat(lang);

/** A text from the page's words, its `{{placeholders}}` filled. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
const summary = document.querySelector<HTMLElement>('#search-summary');
const list = document.querySelector<HTMLOListElement>('#search-results');
const notice = document.querySelector<HTMLElement>('#search-needs-script');
/** The search pages of the other languages, by their own address (a path under the site's base). */
const elsewhere = [...document.querySelectorAll<HTMLAnchorElement>('#search-elsewhere a')].map((link) => ({
  link,
  path: link.getAttribute('href') ?? '',
}));

/** Pagefind's excerpt marks matches with <mark>; keep those and plain text, nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem({ url, excerpt, meta, filters }: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const about = document.createElement('span');
  about.className = 'meta';
  const [type = ''] = filters['type'] ?? [];
  const [status] = filters['status'] ?? [];
  about.textContent = status ? fill(words.status, { type, status }) : type;
  const link = document.createElement('a');
  link.className = 'claim-title';
  link.href = url;
  link.textContent = meta['title'] ?? url;
  const text = document.createElement('span');
  text.append(...excerptNodes(excerpt));
  item.append(about, link, text);
  return item;
}

/** A text field of the form, or '' (the form has no file inputs). */
function text(fields: FormData, name: string): string {
  const value = fields.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Counts searches started, so that a slow answer to an older query never replaces a newer one's. */
let latest = 0;

async function run(pagefind: Pagefind, fields: FormData) {
  const searchId = ++latest;
  const query = text(fields, 'q');
  const filters: Record<string, string> = {};
  for (const name of ['status', 'claimant', 'incident', 'place']) {
    const value = text(fields, name);
    if (value) filters[name] = value;
  }
  if (!query && Object.keys(filters).length === 0) {
    latest += 1;
    list?.replaceChildren();
    if (summary) summary.textContent = '';
    return;
  }
  // No words but a filter: every page the filter keeps (Pagefind's null query).
  const search = await pagefind.search(query || null, { filters });
  const results = await Promise.all(search.results.slice(0, SHOWN).map((result) => result.data()));
  if (searchId !== latest) return;
  list?.replaceChildren(...results.map(resultItem));
  if (summary) summary.textContent = resultsInWords(results.length, search.results.length > SHOWN);
}

/** "No claim or actor matches.", "1 result.", "50 results (the first 50 shown)." */
function resultsInWords(n: number, capped: boolean): string {
  if (n === 0) return words.none;
  const count = fill(words.results[plural.select(n)] ?? words.results['other'] ?? '', { count: numbers.format(n) });
  return fill(capped ? words.capped : words.summary, { results: count, shown: numbers.format(SHOWN) });
}

async function start() {
  if (!form) return;
  const bundle = form.dataset['pagefind'] ?? '';
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // Result URLs are site paths; under a sub-path they need it in front.
  await pagefind.options({ baseUrl: form.dataset['base'] ?? '/' });
  const params = new URLSearchParams(location.search);
  for (const element of form.elements) {
    if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement)
      element.value = params.get(element.name) ?? element.value;
  }
  form.hidden = false;
  if (notice) notice.hidden = true;
  // As one types: a search once typing pauses, not one per key.
  let typing: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    clearTimeout(typing);
    const fields = new FormData(form);
    const address = new URLSearchParams([...fields].filter(([, value]) => value !== '') as [string, string][]);
    history.replaceState(null, '', `${location.pathname}${address.size ? `?${address}` : ''}`);
    // The same words searched in another language (its filters name things in that language).
    const query = text(fields, 'q');
    for (const { link, path } of elsewhere)
      link.setAttribute('href', query ? `${path}?${new URLSearchParams({ q: query })}` : path);
    void run(pagefind, fields);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('change', update);
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    clearTimeout(typing);
    typing = setTimeout(update, TYPING_PAUSE_MS);
  });
  update();
}

void start();
