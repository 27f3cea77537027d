import { LANGUAGES } from '@passerelle/contracts';
import { renderMessage } from './render';
import { REQUIRED_VARIABLES } from './registry';
import { deviceTestLink, formatSlotTime } from './slot-time';

const link = 'https://passerelle.example.org/join/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';
/** Planned by a requester in Europe/Paris for 10:00 Paris time = 13:30 in Kabul (UTC+4:30) = 09:00 UTC. */
const slot = { startsAt: '2026-11-23T09:00:00.000Z', timeZone: 'Asia/Kabul' };
const variables = { firstName: 'Amina', requesterName: 'Dr Claire Martin', organisationName: 'Demo District Hospital', link, ...slot };

const PLANNED = ['session-invite-planned', 'session-reminder', 'session-rescheduled', 'session-cancelled'] as const;

describe('formatSlotTime', () => {
  it("formats the slot in the invitee's zone (Kabul, UTC+4:30), not the requester's (Paris)", () => {
    expect(formatSlotTime(slot.startsAt, 'Asia/Kabul', 'en')).toEqual({
      long: 'Monday, November 23, 2026 at 13:30 GMT+4:30 (Asia/Kabul)',
      short: 'Mon, Nov 23, 13:30 GMT+4:30',
    });
    expect(formatSlotTime(slot.startsAt, 'Europe/Paris', 'fr').long).toBe('lundi 23 novembre 2026 à 10:00 UTC+1 (Europe/Paris)');
  });

  it('uses the language of the message for the date words', () => {
    expect(formatSlotTime(slot.startsAt, 'Asia/Kabul', 'fr').long).toContain('lundi 23 novembre 2026 à 13:30');
    expect(formatSlotTime(slot.startsAt, 'Asia/Kabul', 'es').long).toContain('lunes, 23 de noviembre de 2026');
    expect(formatSlotTime(slot.startsAt, 'Asia/Kabul', 'ru').long).toContain('понедельник, 23 ноября 2026');
    expect(formatSlotTime(slot.startsAt, 'Asia/Kabul', 'uk').long).toContain('понеділок, 23 листопада 2026');
    expect(formatSlotTime(slot.startsAt, 'Asia/Kabul', 'ar').long).toContain('الاثنين');
  });

  it('labels an unknown zone as UTC and gives nothing for an unreadable instant', () => {
    expect(formatSlotTime(slot.startsAt, 'Mars/Olympus', 'en').long).toBe('Monday, November 23, 2026 at 09:00 GMT+0');
    expect(formatSlotTime('not a date', 'Asia/Kabul', 'en')).toEqual({ long: '', short: '' });
  });

  it('derives the device test page from the join link', () => {
    expect(deviceTestLink(link)).toBe('https://passerelle.example.org/join/test');
    expect(deviceTestLink('javascript:alert(1)')).toBe('');
  });
});

describe('planned-session messages', () => {
  it.each(LANGUAGES)('carry the Kabul local time in every part in %s', (language) => {
    for (const template of PLANNED) {
      const message = renderMessage(template, language, variables);
      for (const part of [message.subject, message.text, message.html, message.sms]) {
        expect(part).toContain('13:30');
        expect(part).toContain('4:30');
        expect(part).not.toContain('10:00');
        expect(part).not.toMatch(/undefined|null|\$\{/);
      }
      expect(message.text).toContain('Asia/Kabul');
    }
  });

  it.each(LANGUAGES)('link the device test page in planned invites and reminders in %s', (language) => {
    for (const template of ['session-invite-planned', 'session-reminder', 'session-rescheduled'] as const) {
      const message = renderMessage(template, language, variables);
      expect(message.text).toContain('https://passerelle.example.org/join/test');
      expect(message.html).toContain('href="https://passerelle.example.org/join/test"');
    }
  });

  it.each(LANGUAGES)('tell of a cancellation in %s without any link, in a short SMS', (language) => {
    const message = renderMessage('session-cancelled', language, variables);
    for (const part of [message.text, message.html, message.sms]) {
      expect(part).not.toContain('/join/');
    }
    expect(message.text).toContain('Dr Claire Martin');
    expect(message.sms).toContain('Amina');
    expect(message.sms.length).toBeLessThanOrEqual(160);
  });

  it('require the slot, and the link except for a cancellation', () => {
    for (const template of PLANNED) expect(REQUIRED_VARIABLES[template]).toEqual(expect.arrayContaining(['startsAt', 'timeZone']));
    expect(REQUIRED_VARIABLES['session-cancelled']).not.toContain('link');
    expect(REQUIRED_VARIABLES['session-reminder']).toContain('link');
  });

  it('lays Arabic messages out right to left', () => {
    expect(renderMessage('session-reminder', 'ar', variables).html).toContain('<html lang="ar" dir="rtl">');
  });
});
