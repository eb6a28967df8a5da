import { readdirSync, readFileSync } from 'node:fs';

// The browser's memory as the operating system sees it (Linux /proc): the processes this bench started
// (its own descendants), and among them Chromium's renderers. VmHWM is each process's peak resident
// size so far, so sampling once at the end of a phase gives the phase's peak.

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process ended meanwhile
  }
};

/** Every process below `root` (children, their children, …). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) for (const child of children.get(queue.shift()!) ?? []) { out.push(child); queue.push(child); }
  return out;
}

export interface RendererMemory {
  readonly peakMb: number; // the largest VmHWM among the renderers
  readonly renderers: number;
}

/** The peak resident memory of the largest Chromium renderer started by this process, in MB. */
export function rendererPeak(root = process.pid): RendererMemory {
  let peak = 0;
  let renderers = 0;
  for (const pid of descendants(root)) {
    const cmdline = read(`/proc/${pid}/cmdline`);
    // Chromium rewrites its helpers' command lines into one space-separated string.
    if (!cmdline || !/(?:^|[\s\0])--type=renderer(?:[\s\0]|$)/.test(cmdline)) continue;
    const hwm = /VmHWM:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '');
    if (!hwm) continue;
    renderers++;
    peak = Math.max(peak, Number(hwm[1]) / 1024);
  }
  return { peakMb: Math.round(peak), renderers };
}
