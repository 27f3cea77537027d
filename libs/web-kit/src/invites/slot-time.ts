/**
 * Planned slots as people read them: an instant shown in a given IANA zone (the requester's own in the
 * portal, the invitee's on the guest page), with the zone's offset so nobody has to guess.
 */

/** The browser's IANA zone (the requester's default for the invitee). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA zone the browser knows, for the invitee-zone picker (the given one first if missing). */
export function timeZoneChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

/** "15/01/2030, 10:00 UTC+1" in `locale`, in `timeZone`; empty for an unreadable instant. */
export function formatSlot(iso: string, timeZone: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  }).format(date);
}

/** Whether the instant falls on the same calendar day as `now`, in `timeZone` (the dashboard's "today"). */
export function isSameDay(iso: string, now: Date, timeZone: string): boolean {
  const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  return day(new Date(iso)) === day(now);
}

/** Today's date and the next full quarter hour in the browser, for the form's defaults (`YYYY-MM-DD`, `HH:mm`). */
export function nextQuarterHour(now = new Date()): { date: string; time: string } {
  const next = new Date(Math.ceil((now.getTime() + 60_000) / 900_000) * 900_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${next.getFullYear()}-${pad(next.getMonth() + 1)}-${pad(next.getDate())}`, time: `${pad(next.getHours())}:${pad(next.getMinutes())}` };
}
