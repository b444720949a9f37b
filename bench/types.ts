// What each benchmark module reports: figures for the app beside the same figures for a
// reference, so run.ts can print them as a table with ratios.

export interface BenchRow {
  label: string;
  unit: 'ms' | 'octets';
  app: number;
  reference: number;
  /** This row's own largest acceptable ratio (else the result's); null: shown, no target. */
  targetRatio?: number | null;
}

export interface BenchResult {
  title: string;
  /** What the reference is, in a few words (e.g. "page reveal.js nue"). */
  referenceName: string;
  rows: BenchRow[];
  /** Largest acceptable app/reference ratio, if the benchmark has a target. */
  targetRatio?: number;
  notes?: string[];
}

export interface Bench {
  name: string;
  run(): Promise<BenchResult>;
}
