import type { Language } from '@passerelle/contracts';

export interface SlotTimeText {
  /** "Monday, November 23, 2026 at 09:30 GMT+4:30 (Asia/Kabul)". */
  long: string;
  /** "Mon, Nov 23, 09:30 GMT+4:30": fits an SMS. */
  short: string;
}

function zoneOrUtc(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * The slot as the invitee reads it: in THEIR time zone and language, with the UTC offset so nobody has to
 * guess. An unknown zone falls back to UTC (still labelled, so still true); an unreadable instant gives
 * empty strings rather than a wrong date.
 */
export function formatSlotTime(startsAtIso: string, timeZone: string, language: Language): SlotTimeText {
  const instant = new Date(startsAtIso);
  if (!startsAtIso || Number.isNaN(instant.getTime())) return { long: '', short: '' };
  const zone = zoneOrUtc(timeZone);
  const common = { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'shortOffset' } as const;
  const long = new Intl.DateTimeFormat(language, { ...common, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
  const short = new Intl.DateTimeFormat(language, { ...common, weekday: 'short', day: 'numeric', month: 'short' }).format(instant);
  return { long: zone === 'UTC' ? long : `${long} (${zone})`, short };
}

/** `<origin>/join/test` from the join link `<origin>/join/<token>`; empty when the link is not a web address. */
export function deviceTestLink(link: string): string {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? new URL('/join/test', url.origin).toString() : '';
  } catch {
    return '';
  }
}
