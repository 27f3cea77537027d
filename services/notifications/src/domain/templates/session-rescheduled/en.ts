import { plannedTemplate } from '../planned-layout';

export const en = plannedTemplate({
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  subject: (v) => `${v.organisationName}: your teleconsultation has moved to ${v.whenShort}`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) has moved your teleconsultation to ${v.when}.`,
    'Your link stays the same; it works from shortly before the new time.',
  ],
  cta: 'Join the teleconsultation',
  fallback: 'If the button does not work, copy this link into your browser:',
  testIntro: 'Before the appointment, you can check your camera and microphone here:',
  footer: 'This link is personal: do not share it. If you were not expecting this message, you can ignore it.',
  sms: (v) => `${v.greeting} your teleconsultation with ${v.organisationName} has moved to ${v.whenShort}: ${v.link}`,
});
