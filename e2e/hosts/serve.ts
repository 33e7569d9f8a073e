// Serves a built site through Cloudflare's runtime until stopped: the server every browser test runs
// against (playwright.config.ts), so that every test, not only the host tests, sees the headers,
// redirects and 404s a real host gives.
//
//   node e2e/hosts/serve.ts site|fixture-site PORT
import { fixtureSite, site } from '../sites.ts';
import { startCloudflare } from './servers.ts';

const [name, port] = process.argv.slice(2);
const target = name === fixtureSite.name ? fixtureSite : site;
const server = await startCloudflare(target, Number(port));
console.log(`Serving ${target.outDir} through Cloudflare's runtime at ${server.origin}${target.settings.base}`);
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
