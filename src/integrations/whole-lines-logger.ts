// Astro's own terminal logger, with every route of the build log on a line of its own. Astro writes a
// route's path, then ends its line when the route is done ("(+12ms)", "(restored)"); with several
// routes rendered at once (build.concurrency) the paths ran together on one line. Here a line is ended
// as soon as nothing else of it is written in the same tick: a "(restored)" or "(cached)" written
// straight after its path stays on its line, and a render time that comes later, which could belong
// to any of the routes in flight, is left out.
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger, { type NodeHandlerConfig } from 'astro/logger/node';

/** The ending Astro writes once a route has rendered: "(+12ms)" or "(+1.20s)". */
const RENDER_TIME = /^\s*\S*\(\+[\d.]+m?s\)/;

export function wholeLines(destination: AstroLoggerDestination): AstroLoggerDestination {
  let open: AstroLoggerMessage | undefined;
  const end = () => {
    if (open) destination.write({ ...open, newLine: true });
    open = undefined;
  };
  return {
    ...destination,
    write(message) {
      if (open && message.label === 'SKIP_FORMAT') {
        destination.write({ ...open, message: open.message + message.message, newLine: true });
        open = undefined;
        return;
      }
      end();
      if (!message.newLine) {
        open = message;
        queueMicrotask(end);
        return;
      }
      if (message.label === 'SKIP_FORMAT' && RENDER_TIME.test(message.message)) return;
      destination.write(message);
    },
  };
}

export default function wholeLinesLogger(config?: NodeHandlerConfig): AstroLoggerDestination {
  return wholeLines(nodeLogger(config));
}
