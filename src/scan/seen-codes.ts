import type { ScanCodeDetail } from '../types.js';

/** How long a code must be missing from the scans before it counts as out of view. */
export const OUT_OF_VIEW_MS = 1000;
/** ... and in how many scans in a row, so one slow scan that missed it does not count. */
export const OUT_OF_VIEW_SCANS = 2;

interface Sighting {
  lastSeen: number;
  missedScans: number;
}

/** What tells codes apart: their type and text. */
type CodeKey = Pick<ScanCodeDetail, 'type' | 'result'>;

/**
 * Remembers the codes in view, so a code (type and text) is reported once while it stays in view,
 * and again only after it has been out of view for {@link OUT_OF_VIEW_MS} and
 * {@link OUT_OF_VIEW_SCANS} scans. Codes that come into view together are returned in the order
 * the scan found them.
 */
export class SeenCodes {
  private readonly inView = new Map<string, Sighting>();

  /** Takes one scan's codes (at time `now`, ms) and returns those that just came into view. */
  update<Code extends CodeKey>(codes: readonly Code[], now: number): Code[] {
    const fresh: Code[] = [];
    const seenNow = new Set<string>();
    for (const code of codes) {
      const key = `${code.type}\n${code.result}`;
      if (seenNow.has(key)) continue;
      seenNow.add(key);
      if (!this.inView.has(key)) fresh.push(code);
      this.inView.set(key, { lastSeen: now, missedScans: 0 });
    }
    for (const [key, sighting] of this.inView) {
      if (seenNow.has(key)) continue;
      sighting.missedScans++;
      if (sighting.missedScans >= OUT_OF_VIEW_SCANS && now - sighting.lastSeen >= OUT_OF_VIEW_MS) this.inView.delete(key);
    }
    return fresh;
  }

  /** Forgets every code (a new camera: what it shows is new). */
  clear(): void {
    this.inView.clear();
  }
}
