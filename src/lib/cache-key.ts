// Keys for Astro's incremental build (experimental.incrementalBuild): a page given a key is rendered
// again only when its key or its code have changed, and is otherwise copied from the last build. A key
// is a hash of everything the page shows that its code does not already account for (entry bodies
// included: the content layer renders them, so Astro does not track them as modules), and of the build
// settings, which are read from the environment and so are not part of the Astro config that Astro
// hashes itself.
import { kept } from './memo.ts';
import { shortHash } from './short-hash.ts';
import { buildSettings, type BuildSettings } from './site.ts';

/** A short hash of `shown` (plain data, as JSON) and the build settings that shape pages. */
export function cacheKey(shown: unknown, settings: BuildSettings = buildSettings()): string {
  // Where the build writes its output and its cache does not change what a page says.
  const shaping = { ...settings, outDir: undefined, cacheDir: undefined };
  return shortHash(JSON.stringify([shown, shaping]));
}

const sharedDigests = new WeakMap<object, string>();

/**
 * A short hash of what many pages show (a claim as lists show it, a map of places, an entry's data),
 * to stand for it in their keys: hashed once, not once per page. What is passed here is made once per
 * entry and language and never changed after, so the first hash of it holds for the whole build.
 */
export function sharedViewKey(view: object): string {
  return kept(sharedDigests, view, () => shortHash(JSON.stringify(view)));
}
