import { describe, expect, it } from 'vitest';
import { DrawPool } from './draw-pool.ts';

// A stand-in for draw-worker.ts: answers like it, fails a drawing when asked to, or dies.
const worker = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort, threadId } from 'node:worker_threads';
    parentPort.on('message', ({ svg }) => {
      if (svg === 'die') process.exit(3);
      if (svg === 'which') parentPort.postMessage({ milliseconds: threadId });
      else parentPort.postMessage(svg === 'fail' ? { error: 'cannot draw this' } : { milliseconds: svg.length });
    });`)}`,
);
const job = (svg: string) => ({ svg, fontFiles: [], file: '' });

describe('the pool of card workers', () => {
  it('answers every card, however many are asked for at once', async () => {
    const pool = new DrawPool(worker, 2);
    const svgs = Array.from({ length: 9 }, (_, index) => 'x'.repeat(index + 1));
    expect(await Promise.all(svgs.map((svg) => pool.draw(job(svg))))).toEqual(svgs.map((svg) => svg.length));
  });

  it('fails the one card a worker could not draw, with its reason, and goes on', async () => {
    const pool = new DrawPool(worker, 1);
    await expect(pool.draw(job('fail'))).rejects.toThrow('cannot draw this');
    expect(await pool.draw(job('ok'))).toBe(2);
  });

  it('replaces a worker that stopped, failing only the card it was drawing', async () => {
    const pool = new DrawPool(worker, 1);
    const [died, next] = await Promise.allSettled([pool.draw(job('die')), pool.draw(job('fine'))]);
    expect(died).toMatchObject({ status: 'rejected', reason: new Error('the card worker stopped (exit code 3)') });
    expect(next).toEqual({ status: 'fulfilled', value: 4 });
  });

  it('draws on more workers at once once it grows, and never shrinks', async () => {
    const pool = new DrawPool(worker, 1);
    const workersOf = async () => new Set(await Promise.all([pool.draw(job('which')), pool.draw(job('which'))]));
    expect((await workersOf()).size).toBe(1);
    pool.grow(2);
    expect((await workersOf()).size).toBe(2);
    pool.grow(1);
    expect((await workersOf()).size).toBe(2);
  });
});
