// Serves a built site with `astro preview` for the scripts that look at it (screenshots, audit).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * Starts `astro preview` on 127.0.0.1:`port` (with `env`, e.g. OUT_DIR) and resolves once it answers.
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function startPreview(port, env = process.env) {
  // --ignore-lock: runs beside any other preview of this project, in the foreground.
  const server = spawn(
    process.execPath,
    [astro, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      env,
      stdio: 'ignore',
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(origin);
      return { origin, stop: () => server.kill() };
    } catch {
      if (tries > 100) {
        server.kill();
        throw new Error(`astro preview did not answer at ${origin}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
