// Keys for Astro's incremental build (experimental.incrementalBuild): a page given a key is rendered
// again only when its key or its code have changed, and is otherwise copied from the last build. A key
// is a hash of everything the page shows that its code does not already account for (entry bodies
// included: the content layer renders them, so Astro does not track them as modules), and of the build
// settings, which are read from the environment and so are not part of the Astro config that Astro
// hashes itself.
import { createHash } from 'node:crypto';
import { buildSettings, type BuildSettings } from './site.ts';

/** A short hash of `shown` (plain data, as JSON) and the build settings that shape pages. */
export function cacheKey(shown: unknown, settings: BuildSettings = buildSettings()): string {
  // Where the build writes its output and its cache does not change what a page says.
  const shaping = { ...settings, outDir: undefined, cacheDir: undefined };
  return createHash('sha256')
    .update(JSON.stringify([shown, shaping]))
    .digest('base64url')
    .slice(0, 22);
}
