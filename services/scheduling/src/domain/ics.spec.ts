import { buildIcs, foldLine } from './ics';

const event = {
  uid: 'invite-6f1c2f7e@passerelle',
  sequence: 0,
  startsAt: new Date('2026-11-23T05:00:00Z'),
  durationMinutes: 30,
  summary: 'Teleconsultation, Demo District Hospital; Dr Martin',
  url: 'https://passerelle.example.org/join/AbC',
  stamp: new Date('2026-11-22T08:00:00.123Z'),
};

describe('buildIcs', () => {
  it('writes a VCALENDAR with UID, DTSTART/DTEND in UTC, escaped SUMMARY and URL, CRLF line ends', () => {
    const ics = buildIcs(event);
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Passerelle//Planned session//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:invite-6f1c2f7e@passerelle',
      'SEQUENCE:0',
      'DTSTAMP:20261122T080000Z',
      'DTSTART:20261123T050000Z',
      'DTEND:20261123T053000Z',
      'SUMMARY:Teleconsultation\\, Demo District Hospital\\; Dr Martin',
      'URL:https://passerelle.example.org/join/AbC',
      'STATUS:CONFIRMED',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('marks a cancelled slot for calendars', () => {
    const ics = buildIcs({ ...event, sequence: 2, cancelled: true });
    expect(ics).toContain('METHOD:CANCEL\r\n');
    expect(ics).toContain('STATUS:CANCELLED\r\n');
    expect(ics).toContain('SEQUENCE:2\r\n');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'استشارة '.repeat(20)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'استشارة '.repeat(20)}`);
  });
});
