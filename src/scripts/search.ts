// The one script on the site: search with Pagefind, on /search/ only. The page reads fully without
// it (it says search needs JavaScript and links to the lists); with it, the form appears and each
// result links to a claim's permanent page and says its status in words. The query and filters stay
// in the address, so a search can be linked and the back button works.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (
    query: string | null,
    options: { filters: Record<string, string> },
  ) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const summary = document.querySelector<HTMLElement>('#search-summary');
const list = document.querySelector<HTMLOListElement>('#search-results');
const notice = document.querySelector<HTMLElement>('#search-needs-script');

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

function resultItem({ url, excerpt, meta }: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const about = document.createElement('span');
  about.className = 'meta';
  about.textContent = meta['status'] ? `${meta['type'] ?? 'Claim'} · Status: ${meta['status']}` : (meta['type'] ?? '');
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

async function run(pagefind: Pagefind, fields: FormData) {
  const query = text(fields, 'q');
  const filters: Record<string, string> = {};
  for (const name of ['status', 'claimant']) {
    const value = text(fields, name);
    if (value) filters[name] = value;
  }
  if (!query && Object.keys(filters).length === 0) {
    list?.replaceChildren();
    if (summary) summary.textContent = '';
    return;
  }
  // No words but a filter: every page the filter keeps (Pagefind's null query).
  const search = await pagefind.search(query || null, { filters });
  const results = await Promise.all(search.results.slice(0, 50).map((result) => result.data()));
  list?.replaceChildren(...results.map(resultItem));
  if (summary)
    summary.textContent =
      results.length === 0
        ? 'No claim or actor matches.'
        : `${results.length === 1 ? '1 result' : `${results.length} results`}${search.results.length > 50 ? ' (the first 50 shown)' : ''}.`;
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
  const update = () => {
    const fields = new FormData(form);
    const address = new URLSearchParams([...fields].filter(([, value]) => value !== '') as [string, string][]);
    history.replaceState(null, '', `${location.pathname}${address.size ? `?${address}` : ''}`);
    void run(pagefind, fields);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('change', update);
  void run(pagefind, new FormData(form));
}

void start();
