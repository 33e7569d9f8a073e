// The pages a rebuild keeps, put in place before Astro renders. Astro's incremental build copies each
// unchanged page from its cache (CACHE_DIR/dist/) into the output folder it has just emptied: at
// 10,000 claims, 20,000 copies and a sixth of a rebuild. This step links every cached file into the
// output folder instead (a hard link: no bytes copied), so Astro finds each unchanged page already in
// place and leaves it. A page Astro renders again is written through the link, and then to its cache
// file, which is the same file, with the same bytes. When the build is done, a linked file that no
// route of this build produced (a claim since deleted) is removed. Where the cache and the output
// folder are on different file systems no link can be made, and Astro copies as before.
//
// The links are made in one synchronous pass before Vite bundles. Made asynchronously beside the
// bundle, at 10,000 claims, they waited behind the removal of the last site and the bundler's own
// reads on Node's four I/O threads, and took 30 s instead of 4.
//
// The last build's site is moved aside into the cache folder as the build starts (one rename) and
// removed while the build runs, rather than emptied file by file by Astro before it bundles: at
// 10,000 claims, 40,000 files and 8 s that held the build up. It is removed by `rm` in a process of
// its own where there is one: Node's own removal runs its 75,000 steps as callbacks on the build's
// thread, 1.3 s of a 10,000-claim rebuild.
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkTree } from '../lib/link-files.ts';

/** What a moved-aside site is named in the cache folder, before a unique suffix. */
const PREVIOUS_SITE = 'previous-site-';

export default function cachedPages(): AstroIntegration {
  let outDir = '';
  let cachedDir = '';
  let linked: string[] | undefined;
  let previousRemoved: Promise<unknown> = Promise.resolve();
  return {
    name: 'contested:cached-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        // Where Astro's incremental build keeps its copy of each page it may skip.
        cachedDir = join(fileURLToPath(config.cacheDir), 'dist');
      },
      'astro:build:start': () => {
        previousRemoved = removePreviousSites(outDir, dirname(cachedDir));
      },
      // Called once Astro has emptied the output folder, before it bundles anything.
      'astro:build:setup': () => {
        linked ??= linkTree(cachedDir, outDir);
      },
      'astro:build:done': async ({ assets, logger }) => {
        await previousRemoved;
        const produced = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const stale = (linked ?? []).map((file) => join(outDir, file)).filter((file) => !produced.has(file));
        for (const file of stale) {
          unlinkSync(file);
          // A deleted claim's folder goes with its page, unless something else is in it.
          try {
            rmdirSync(dirname(file));
          } catch {
            // not empty
          }
        }
        logger.info(`pages linked from the cache: ${(linked ?? []).length}, of which ${stale.length} no longer built`);
      },
    },
  };
}

/**
 * Moves the last build's site aside into the cache folder, then removes it and any left aside by a
 * build that stopped midway, in the background.
 */
function removePreviousSites(outDir: string, cacheDir: string): Promise<unknown> {
  const aside = (name: string) => join(cacheDir, name);
  // Sites left aside by a build that stopped midway, then this build's predecessor.
  const leftovers = existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.startsWith(PREVIOUS_SITE)) : [];
  if (existsSync(outDir)) {
    try {
      const name = `${PREVIOUS_SITE}${process.pid}-${Date.now()}`;
      mkdirSync(cacheDir, { recursive: true });
      renameSync(outDir, aside(name));
      leftovers.push(name);
    } catch {
      // On another file system, or not ours to move: Astro empties it as usual.
    }
  }
  return Promise.all(leftovers.map((name) => removeTree(aside(name))));
}

/** Removes the folder `path` and all it holds, with `rm` where the system has it. */
function removeTree(path: string): Promise<unknown> {
  const inNode = () => rm(path, { recursive: true, force: true });
  if (process.platform === 'win32') return inNode();
  return new Promise((resolve) => {
    let done = false;
    // No `rm`, or one that failed: Node's removal, once, whichever of the two events comes.
    const finish = (removed: boolean) => {
      if (!done) resolve(removed ? undefined : inNode());
      done = true;
    };
    spawn('rm', ['-rf', '--', path], { stdio: 'ignore' })
      .once('error', () => finish(false))
      .once('close', (exitCode) => finish(exitCode === 0));
  });
}
