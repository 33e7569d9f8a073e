// The page `astro dev` answers with while the content breaks a rule: every problem, as `npm run
// validate` prints it, with status 500, so a contributor editing in the browser sees what is wrong
// instead of the last valid page. Plain HTML with no script, as every page of the site (its policy
// allows none, so Vite's own error overlay cannot run here).
import { escapeMarkup } from '../text.ts';

export function contentErrorPage(lines: readonly string[]): string {
  const items = lines.map((line) => `<li><code>${escapeMarkup(line)}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The content has problems</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}li{margin:.5rem 0}code{white-space:pre-wrap}</style>
</head>
<body>
<h1>The content has problems</h1>
<p>Nothing can be shown until they are fixed. Each names its file, line and field, as <code>npm run validate</code> does; this page gives way to the site as soon as the files are saved without them.</p>
<ul>
${items}
</ul>
</body>
</html>
`;
}
