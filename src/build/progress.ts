/** Progress for long builds: a live line on a terminal, silence otherwise (the build prints a summary). */
export class Progress {
  private readonly live: boolean;
  private lastDraw = 0;
  private counts = new Map<string, string>();

  constructor(enabled = true, private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.live = enabled && Boolean(stream.isTTY);
  }

  /** Set one counter, e.g. `update('extracted', '812/10051')`, and redraw at most ten times a second. */
  update(label: string, value: string): void {
    if (!this.live) return;
    this.counts.set(label, value);
    const now = Date.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const text = [...this.counts].map(([key, count]) => `${key} ${count}`).join(' · ');
    this.stream.write(`\r\x1b[K${text}`);
  }

  done(): void {
    if (this.live && this.counts.size > 0) this.stream.write('\r\x1b[K');
    this.counts.clear();
  }
}
