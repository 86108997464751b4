// The operating system's clock for a browser page's main thread (Linux): the CPU time the kernel
// charged to that thread, from /proc/<pid>/task/<tid>/schedstat (nanoseconds, not the 10 ms ticks
// of /proc/<pid>/stat). Unlike wall time it does not grow when other processes take the cores, so
// it holds on a loaded machine. The page's main thread is the main thread (tid = pid) of the
// browser's content/renderer process that hosts it, found among the browser's descendants by
// asking the page to spin for a moment and seeing which one ran.
import { readdirSync, readFileSync } from 'node:fs';

export const threadCpuAvailable = () => {
  try {
    readFileSync('/proc/self/schedstat', 'utf8');
    return true;
  } catch {
    return false;
  }
};

/** CPU ms the kernel charged to thread `tid` of process `pid` (the main thread by default). */
export function threadCpuMs(pid, tid = pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

function processTable() {
  const table = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const [, ppid, pgrp] = stat.slice(close + 2).split(' ').map(Number);
      table.push({ pid: Number(name), ppid, pgrp, comm });
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

/** `root` and every process below it or in its process group (a detached launcher's group). */
export function descendants(root) {
  const table = processTable();
  const found = new Map();
  const queue = [root, ...table.filter((p) => p.pgrp === root).map((p) => p.pid)];
  while (queue.length > 0) {
    const pid = queue.shift();
    if (found.has(pid)) continue;
    const self = table.find((p) => p.pid === pid);
    if (self) found.set(pid, self);
    for (const child of table) if (child.ppid === pid) queue.push(child.pid);
  }
  return [...found.values()];
}

/**
 * Finds the process whose main thread runs the page: samples the main threads of `root`'s
 * descendants around `spin()` (the page keeps its main thread busy) and around `rest()` (the same
 * call, idle, for as long), and picks the one that ran most more during the spin than the rest;
 * the driver's own work (the browser process answering the call) is in both and cancels out.
 */
export async function findPageThread(root, spin, rest) {
  const candidates = descendants(root).filter((p) => p.pid !== root);
  const around = async (work) => {
    const before = new Map(candidates.map((p) => [p.pid, threadCpuMs(p.pid)]));
    await work();
    return new Map(candidates.map((p) => [p.pid, threadCpuMs(p.pid) - before.get(p.pid)]));
  };
  const resting = await around(rest);
  const spinning = await around(spin);
  let best = null;
  for (const p of candidates) {
    const ran = spinning.get(p.pid) - resting.get(p.pid);
    if (Number.isFinite(ran) && (!best || ran > best.ranMs)) best = { ...p, ranMs: ran };
  }
  return best;
}

/**
 * CPU ms the kernel charged to every thread of every process of `root`'s tree, by pid (user and
 * system time from /proc/<pid>/stat, in clock ticks of 10 ms: for windows of seconds).
 */
export function treeCpuMs(root) {
  const byPid = new Map();
  for (const { pid } of descendants(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number);
      byPid.set(pid, (utime + stime) * 10);
    } catch {
      // gone meanwhile
    }
  }
  return byPid;
}

/** CPU ms `root`'s tree ran between two `treeCpuMs` readings (processes started meanwhile count from 0). */
export const treeCpuBetween = (before, after) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
