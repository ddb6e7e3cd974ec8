/**
 * Runs `action` once after calls stop for `delayMs`: bursts of keystrokes or events make
 * one request. The delay is given per call, so an urgent caller can shorten it.
 */
export class Debounced {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly action: () => void) {}

  schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.action();
    }, delayMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
