import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { wholeLines } from './whole-lines-logger.ts';

const route = (path: string): AstroLoggerMessage => ({
  label: null,
  level: 'info',
  message: `  ├─ ${path}`,
  newLine: false,
});
const ending = (text: string): AstroLoggerMessage => ({
  label: 'SKIP_FORMAT',
  level: 'info',
  message: ` ${text}`,
  newLine: true,
});

/** The lines a destination receives, each with whether it ends the line. */
function recorder() {
  const written: string[] = [];
  const logger = wholeLines({ write: (message) => written.push(`${message.message}${message.newLine ? '⏎' : ''}`) });
  return { written, logger };
}

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('the build log', () => {
  it('puts routes rendered at once on lines of their own, leaving out render times it cannot attribute', async () => {
    const { written, logger } = recorder();
    logger.write(route('/a/index.html'));
    logger.write(route('/b/index.html'));
    await tick();
    logger.write(ending('(+12ms)'));
    logger.write(ending('(+30ms)'));
    expect(written).toEqual(['  ├─ /a/index.html⏎', '  ├─ /b/index.html⏎']);
  });

  it("keeps a route's own ending written straight after it on its line", () => {
    const { written, logger } = recorder();
    logger.write(route('/a/index.html'));
    logger.write(ending('(restored)'));
    expect(written).toEqual(['  ├─ /a/index.html (restored)⏎']);
  });

  it('passes every other message on as it is', async () => {
    const { written, logger } = recorder();
    const message: AstroLoggerMessage = { label: 'build', level: 'info', message: 'Complete!', newLine: true };
    logger.write(route('/a/index.html'));
    await tick();
    logger.write(message);
    logger.write({ ...message, label: 'SKIP_FORMAT', message: 'a banner' });
    expect(written).toEqual(['  ├─ /a/index.html⏎', 'Complete!⏎', 'a banner⏎']);
  });
});
