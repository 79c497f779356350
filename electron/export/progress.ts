import type { ImportProgress } from '../../shared/view-models';

/** How often (in rows) a long export reports progress. */
export const PROGRESS_EVERY = 1000;

/** Counts written rows and reports every `PROGRESS_EVERY` rows, then once more when done. */
export class ProgressCounter {
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly onProgress?: (p: ImportProgress) => void,
  ) {}

  tick(): void {
    this.done += 1;
    if (this.onProgress && this.done % PROGRESS_EVERY === 0) {
      this.onProgress({ phase: 'writing', done: this.done, total: this.total });
    }
  }

  finish(): void {
    this.onProgress?.({ phase: 'done', done: this.done, total: this.total });
  }
}
