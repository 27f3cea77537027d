/**
 * The waiting-room ring, synthesised with WebAudio (no audio file to download on a slow link): a
 * telephone-like double burst of two mixed tones, every few seconds, until stopped.
 *
 * Browsers refuse to play sound before the user has interacted with the page, so the AudioContext is
 * created (or resumed) on the first pointer or key press: `unlockOnFirstGesture()` waits for it.
 */
export class Ringtone {
  private context: AudioContext | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly options: {
      /** Seconds between the starts of two rings. */
      periodSeconds?: number;
      /** Peak gain of each burst: audible over a busy ward, not startling. */
      volume?: number;
    } = {},
  ) {}

  /** Sound can play (a gesture has unlocked audio). */
  get unlocked(): boolean {
    return this.context?.state === 'running';
  }

  get ringing(): boolean {
    return this.timer !== null;
  }

  /** Called when audio becomes available; returns the way to stop listening. */
  onUnlock(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for the first gesture on the page to create or resume audio. Returns the way to stop waiting. */
  unlockOnFirstGesture(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
    const events = ['pointerdown', 'keydown', 'touchend'] as const;
    const unlock = () => {
      void this.unlock().then((ok) => {
        if (ok) for (const event of events) target.removeEventListener(event, unlock, true);
      });
    };
    for (const event of events) target.addEventListener(event, unlock, true);
    return () => {
      for (const event of events) target.removeEventListener(event, unlock, true);
    };
  }

  /** Creates or resumes the audio context; must run inside a user gesture the first time. */
  async unlock(): Promise<boolean> {
    const AudioContextClass = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!AudioContextClass) return false;
    try {
      this.context ??= new AudioContextClass();
      if (this.context.state !== 'running') await this.context.resume();
    } catch {
      return false;
    }
    if (this.unlocked) {
      for (const listener of this.listeners) listener();
      // A ring requested before audio was allowed starts sounding now.
      if (this.timer !== null) this.ringOnce();
    }
    return this.unlocked;
  }

  start(): void {
    if (this.timer !== null) return;
    this.timer = setInterval(() => this.ringOnce(), (this.options.periodSeconds ?? 4) * 1000);
    this.ringOnce();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  dispose(): void {
    this.stop();
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }

  private ringOnce(): void {
    const context = this.context;
    if (!context || context.state !== 'running') return;
    const start = context.currentTime + 0.05;
    // Two 0.4 s bursts 0.2 s apart, each 440 Hz + 480 Hz: the sound people know as "a phone ringing".
    for (const offset of [0, 0.6]) this.burst(context, start + offset, 0.4);
  }

  private burst(context: AudioContext, at: number, duration: number): void {
    const gain = context.createGain();
    const peak = this.options.volume ?? 0.18;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(peak, at + 0.02);
    gain.gain.setValueAtTime(peak, at + duration - 0.04);
    gain.gain.linearRampToValueAtTime(0, at + duration);
    gain.connect(context.destination);
    for (const frequency of [440, 480]) {
      const oscillator = context.createOscillator();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      oscillator.connect(gain);
      oscillator.start(at);
      oscillator.stop(at + duration);
    }
    setTimeout(() => gain.disconnect(), (at - context.currentTime + duration + 0.2) * 1000);
  }
}
