/**
 * Microphone level meter: an AnalyserNode on the stream, its RMS level (0..1) reported every animation
 * frame. Returns the function that stops it and frees the audio context.
 */
export function watchMicLevel(stream: MediaStream, onLevel: (level: number) => void): () => void {
  const context = new AudioContext();
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let frame = 0;
  const tick = () => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    // Speech RMS sits around 0.05–0.3: scaled so a normal voice fills most of the meter.
    onLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
    frame = requestAnimationFrame(tick);
  };
  // Autoplay policies may start the context suspended; the page calls this after a tap anyway.
  void context.resume();
  tick();
  return () => {
    cancelAnimationFrame(frame);
    source.disconnect();
    void context.close();
  };
}

/** Plays a short two-note chime through the speakers (generated, no file); resolves when it has ended. */
export async function playTestTone(durationMs = 1_500): Promise<void> {
  const context = new AudioContext();
  await context.resume();
  const gain = context.createGain();
  gain.gain.value = 0.2;
  gain.connect(context.destination);
  const half = durationMs / 2000;
  [660, 880].forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    oscillator.frequency.value = frequency;
    oscillator.connect(gain);
    oscillator.start(context.currentTime + index * half);
    oscillator.stop(context.currentTime + (index + 1) * half);
  });
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  await context.close();
}
