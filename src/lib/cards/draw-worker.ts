// A worker thread that draws share cards (draw-pool.ts starts them). A card's 3 MB of pixels live and
// die here, in the worker's own small heap: drawn in the build's main thread, every card's buffers
// made the build's large heap collect garbage more and more often as the site grew. The worker draws
// the SVG with resvg, encodes it as PNG and writes it to `file`; only the time it took goes back.
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './png.ts';

export interface DrawJob {
  svg: string;
  /** Font files on disk (fonts.ts). */
  fontFiles: string[];
  /** Where the PNG goes. */
  file: string;
}

export type DrawReply = { milliseconds: number } | { error: string };

export function draw({ svg, fontFiles, file }: DrawJob): DrawReply {
  const start = performance.now();
  try {
    const image = new Resvg(svg, {
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    }).render();
    // Written aside and renamed, so no reader ever sees half a card.
    const partial = `${file}.${process.pid}-${threadId}.partial`;
    writeFileSync(partial, encodePng(image.pixels, image.width, image.height));
    renameSync(partial, file);
    return { milliseconds: performance.now() - start };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (job: DrawJob) => parentPort?.postMessage(draw(job)));
