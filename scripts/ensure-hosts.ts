// Makes sure the host tests (e2e/hosts/) have their servers: Cloudflare's runtime, the pinned wrangler
// of e2e/hosts/cloudflare/package-lock.json, installed there on first use (about 200 MB, so it is not
// part of `npm install`); and Debian's nginx, installed as root on Debian or Ubuntu where it is
// missing. Without root, nginx's tests are skipped, and this says why.
import { existsSync } from 'node:fs';
import { CLOUDFLARE_TOOLS, NGINX, WRANGLER } from '../e2e/hosts/servers.ts';
import { debianInstall, runAll, thisMachine } from './browser.ts';

const machine = thisMachine();

if (!existsSync(WRANGLER)) {
  const installed = machine.run('npm', [
    'ci',
    '--prefix',
    CLOUDFLARE_TOOLS,
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
  ]);
  if (!installed || !existsSync(WRANGLER)) {
    console.error(
      `contested: could not install wrangler into ${CLOUDFLARE_TOOLS} (\`npm ci\` there); the Cloudflare host tests need it.`,
    );
    process.exit(1);
  }
}
console.log("contested: host tests serve through Cloudflare's runtime (wrangler pages dev)");

if (NGINX) {
  console.log(`contested: host tests serve through nginx (${NGINX})`);
} else if (machine.isRoot && machine.isDebian) {
  if (!runAll(machine, debianInstall('nginx'))) {
    console.error(
      "contested: could not install Debian's nginx (`apt-get install nginx`); the nginx host tests need it.",
    );
    process.exit(1);
  }
  console.log("contested: host tests serve through Debian's nginx, installed now");
} else {
  console.log(
    'contested: nginx is not installed and cannot be installed here (that needs root on Debian or Ubuntu): the nginx host tests will be skipped. Install nginx to run them.',
  );
}
