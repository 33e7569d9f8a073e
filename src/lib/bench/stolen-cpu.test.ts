import { describe, expect, it } from 'vitest';
import { cpuTicks, stolenShare } from './stolen-cpu.ts';

const stat = (user: number, idle: number, steal: number) =>
  `cpu  ${user} 0 100 ${idle} 10 0 5 ${steal} 40 0\ncpu0 ${user} 0 100 ${idle} 10 0 5 ${steal} 40 0\nintr 1 2 3\n`;

describe('CPU time taken by the host', () => {
  it('is the steal between two readings, over every tick but guest time, counted in user time already', () => {
    const before = cpuTicks(stat(1000, 5000, 0));
    expect(before).toEqual({ total: 6115, stolen: 0 });
    expect(stolenShare(before, cpuTicks(stat(1600, 5300, 100)))).toBeCloseTo(0.1);
  });

  it('is nothing on a machine whose host took nothing, or when no time passed', () => {
    expect(stolenShare(cpuTicks(stat(1000, 5000, 7)), cpuTicks(stat(1900, 5100, 7)))).toBe(0);
    expect(stolenShare(cpuTicks(stat(1000, 5000, 7)), cpuTicks(stat(1000, 5000, 7)))).toBe(0);
  });

  it('refuses a file that is not /proc/stat', () => {
    expect(() => cpuTicks('intr 1 2 3\n')).toThrow('not a /proc/stat: its first line is "intr 1 2 3"');
  });
});
