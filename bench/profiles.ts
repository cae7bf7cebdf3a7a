// The conditions every tool is measured under: one phone (4x slower CPU, Lighthouse's mobile
// screen) on three networks. Each is applied through the DevTools protocol on each tab before
// it loads the page (tab.ts). Throughput is in DevTools' units, as Lighthouse writes them:
// 1 Mbit = 1024 kbit, 1 kbit = 1024 bits.

/** The phone: Lighthouse's mobile emulation (a Moto G Power) and its 4x CPU slowdown. */
export const device = {
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};

export type ProfileId = 'slow-4g' | '4g' | 'fast';

export interface NetworkProfile {
  id: ProfileId;
  /** How the report names it. */
  label: string;
  /** Added to every request (Network.emulateNetworkConditions' latency), ms. */
  latencyMs: number;
  downloadBytesPerSecond: number;
  uploadBytesPerSecond: number;
  /** Where the numbers come from. */
  source: string;
}

const kbit = 1024 / 8;
const mbit = 1024 * kbit;

/** In report order. */
export const profiles: NetworkProfile[] = [
  {
    id: 'slow-4g',
    label: 'slow 4G',
    // Lighthouse's own DevTools throttling constants for --throttling-method=devtools:
    // its simulated 150 ms and 1.6 Mbit/s, times 3.75 and 0.9.
    latencyMs: 150 * 3.75,
    downloadBytesPerSecond: 1.6 * 1024 * 0.9 * kbit,
    uploadBytesPerSecond: 750 * 0.9 * kbit,
    source: "Lighthouse's mobile slow 4G (DevTools throttling)",
  },
  {
    id: '4g',
    label: '4G',
    latencyMs: 150,
    downloadBytesPerSecond: 1.6 * mbit,
    uploadBytesPerSecond: 750 * kbit,
    source: "Lighthouse's simulated mobile numbers, applied as they are",
  },
  {
    id: 'fast',
    label: 'fast',
    latencyMs: 40,
    downloadBytesPerSecond: 10 * mbit,
    uploadBytesPerSecond: 5 * mbit,
    source: 'a good connection, where CPU time decides',
  },
];

/** "562.5 ms, 1474.56 kbit/s down, 675 kbit/s up" */
export function describeProfile(profile: NetworkProfile): string {
  // In Mbit/s where that is a round number (1.6, 10), else in kbit/s (1474.56, 675).
  const rate = (bytes: number) => (Number.isInteger((bytes / mbit) * 10) ? `${bytes / mbit} Mbit/s` : `${+(bytes / kbit).toFixed(2)} kbit/s`);
  return `${profile.latencyMs} ms, ${rate(profile.downloadBytesPerSecond)} down, ${rate(profile.uploadBytesPerSecond)} up`;
}
