import { plannedTemplate } from '../planned-layout';

export const en = plannedTemplate({
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  subject: (v) => `Reminder: teleconsultation on ${v.whenShort}`,
  paragraphs: (v) => [
    `Reminder: your teleconsultation with ${v.requesterName} (${v.organisationName}) is planned on ${v.when}.`,
    'Open the link below a few minutes before the start.',
  ],
  cta: 'Join the teleconsultation',
  fallback: 'If the button does not work, copy this link into your browser:',
  testIntro: 'Before the appointment, you can check your camera and microphone here:',
  footer: 'This link is personal: do not share it. If you were not expecting this message, you can ignore it.',
  sms: (v) => `${v.greeting} reminder: teleconsultation with ${v.organisationName} on ${v.whenShort}: ${v.link}`,
});
