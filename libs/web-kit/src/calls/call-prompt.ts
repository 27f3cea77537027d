/**
 * What the call panel offers besides its start buttons, driven by the call's realtime events: a ring with
 * accept/decline when someone else starts the call, "join the call" after declining a call that still runs,
 * and "declined" for the caller when someone declines. Pure, so that the transitions are tested.
 */
export type CallPrompt = 'none' | 'ringing' | 'running' | 'declined';

export type CallPromptEvent =
  /** `call.ringing`; `own`: this socket is the caller. */
  | { type: 'ringing'; own: boolean }
  /** `call.declined` by another participant; `inCall`: this side is in the call (so it was the one ringing). */
  | { type: 'declined'; inCall: boolean }
  | { type: 'accept' }
  | { type: 'decline' }
  /** This side joined the call (by accepting or by its own start button). */
  | { type: 'joined' }
  /** The call is over for everyone (`call.ended`), or this side left it. */
  | { type: 'ended' };

export function nextPrompt(prompt: CallPrompt, event: CallPromptEvent): CallPrompt {
  switch (event.type) {
    case 'ringing':
      return event.own ? prompt : 'ringing';
    case 'declined':
      return event.inCall ? 'declined' : prompt;
    case 'accept':
    case 'joined':
      return 'none';
    case 'decline':
      return prompt === 'ringing' ? 'running' : prompt;
    case 'ended':
      return 'none';
  }
}
