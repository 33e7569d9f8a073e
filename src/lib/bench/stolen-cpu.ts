// A virtual machine's host can run other guests on its cores, and the time it takes from this one is
// counted as "steal" in /proc/stat. On the machine the bench was first run on it went from nothing to
// 45 % within a morning, and a build's wall time with it, so a bench run that was robbed says so
// rather than passing its figures off as the code's.

/** Ticks this machine's CPUs have spent since boot, in all and given to other guests. */
export interface CpuTicks {
  total: number;
  stolen: number;
}

/** The ticks on /proc/stat's first line (`cpu user nice system idle iowait irq softirq steal …`). */
export function cpuTicks(procStat: string): CpuTicks {
  const line = procStat.split('\n', 1)[0] ?? '';
  if (!line.startsWith('cpu ')) throw new Error(`not a /proc/stat: its first line is "${line}"`);
  // Guest time is counted within user time already, so only the first eight are summed.
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  return { total: ticks.reduce((sum, tick) => sum + tick, 0), stolen: ticks[7] ?? 0 };
}

/** The share of the CPU time between two readings that the host gave to others: 0 to 1. */
export function stolenShare(before: CpuTicks, after: CpuTicks): number {
  const total = after.total - before.total;
  return total > 0 ? (after.stolen - before.stolen) / total : 0;
}
