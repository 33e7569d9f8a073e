// The worker threads that draw share cards (draw-worker.ts): one per core but the one the build's own
// thread renders pages on (at least one), started on the first card and shared by every card the
// process draws. The build hands over every card before it loads the content (src/integrations/share-cards.ts), so
// on two cores one worker draws while the build renders; a second only made them take turns, and
// held 350 MB more at the build's peak. Once every page is rendered, the build's own core is free, and
// the pool grows to one worker per core for the cards still waiting (drawOnEveryCore): at 10,000
// claims one worker is still drawing when the pages are done. A worker holds the process open only
// while it has a card to draw, so a build that is done exits without closing the pool.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DrawJob, DrawReply } from './draw-worker.ts';

interface Task {
  job: DrawJob;
  resolve: (milliseconds: number) => void;
  reject: (error: Error) => void;
}

export class DrawPool {
  readonly #script: string | URL;
  readonly #idle: Worker[] = [];
  readonly #queue: Task[] = [];
  #size = 0;

  /** `script` is a worker such as draw-worker.ts; `size`, how many run at once. */
  constructor(script: string | URL, size: number) {
    this.#script = script;
    this.grow(size);
  }

  /** Runs up to `size` workers at once from now on, starting on any card waiting; never fewer than before. */
  grow(size: number): void {
    for (; this.#size < size; this.#size++) this.#idle.push(this.#start());
    this.#next();
  }

  /** Draws the card into `job.file`; resolves to the milliseconds the drawing took. */
  draw(job: DrawJob): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#next();
    });
  }

  #start(): Worker {
    const worker = new Worker(this.#script);
    worker.unref();
    return worker;
  }

  #next() {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop();
      const task = this.#queue.shift();
      if (worker && task) this.#run(worker, task);
    }
  }

  #run(worker: Worker, task: Task) {
    const settle = (replacement: Worker, outcome: () => void) => {
      worker.off('message', onReply).off('error', onError).off('exit', onExit);
      replacement.unref();
      this.#idle.push(replacement);
      outcome();
      this.#next();
    };
    const onReply = (reply: DrawReply) =>
      settle(worker, () => ('error' in reply ? task.reject(new Error(reply.error)) : task.resolve(reply.milliseconds)));
    // A worker that crashed or stopped is replaced by a new one; only the card it held fails.
    const onError = (error: Error) => settle(this.#start(), () => task.reject(error));
    const onExit = (code: number) =>
      settle(this.#start(), () => task.reject(new Error(`the card worker stopped (exit code ${code})`)));
    worker.on('message', onReply).on('error', onError).on('exit', onExit);
    worker.ref();
    worker.postMessage(task.job);
  }
}

// One pool for the process, though the build bundles this module into more than one chunk.
const POOL = Symbol.for('contested.card-workers');
type WithPool = typeof globalThis & { [POOL]?: DrawPool };

/**
 * Lets the cards still waiting be drawn on every core, the build's own thread having no more pages to
 * render; nothing where no card was drawn.
 */
export function drawOnEveryCore(): void {
  (globalThis as WithPool)[POOL]?.grow(availableParallelism());
}

/** The process's pool of card workers, started on first use. */
export function drawPool(): DrawPool {
  const holder = globalThis as WithPool;
  // Found through package.json "imports", which holds wherever the build bundles this module.
  holder[POOL] ??= new DrawPool(
    createRequire(import.meta.url).resolve('#card-worker'),
    Math.max(1, availableParallelism() - 1),
  );
  return holder[POOL];
}
