import type { CallClient, InboundTrackStats } from './call-client';

/** What browser tests read from a page's call; only set when the test flag is on. */
export interface CallTestHook {
  state(): string;
  remoteCount(): number;
  /** The latest sample of the receive stats, refreshed every 250 ms (synchronous, for polling predicates). */
  inbound(): InboundTrackStats[];
}

declare global {
  interface Window {
    /** Set by browser tests (an init script) before the app loads; never by the apps themselves. */
    __PASSERELLE_CALL_TEST__?: boolean;
    __passerelleCall?: CallTestHook;
  }
}

/** Exposes the call's state and receive stats to browser tests, and to nothing else: no flag, no hook. */
export function exposeCallForTests(client: CallClient): () => void {
  if (typeof window === 'undefined' || window.__PASSERELLE_CALL_TEST__ !== true) return () => undefined;
  let latest: InboundTrackStats[] = [];
  const timer = window.setInterval(() => {
    client.inboundStats().then(
      (stats) => (latest = stats),
      () => undefined,
    );
  }, 250);
  window.__passerelleCall = {
    state: () => client.state,
    remoteCount: () => client.remotes.size,
    inbound: () => latest,
  };
  return () => {
    window.clearInterval(timer);
    delete window.__passerelleCall;
  };
}
