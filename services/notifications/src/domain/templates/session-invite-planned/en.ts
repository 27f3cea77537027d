import { plannedTemplate } from '../planned-layout';

export const en = plannedTemplate({
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  subject: (v) => `${v.organisationName}: teleconsultation on ${v.whenShort}`,
  paragraphs: (v) => [
    `${v.requesterName} from ${v.organisationName} invites you to a secure teleconsultation on ${v.when}.`,
    'The link works from shortly before the appointment. Open it then on your phone or computer: you will accept the terms of use, then wait until the health worker starts the session.',
  ],
  cta: 'Join the teleconsultation',
  fallback: 'If the button does not work, copy this link into your browser:',
  testIntro: 'Before the appointment, you can check your camera and microphone here:',
  footer: 'This link is personal: do not share it. If you were not expecting this message, you can ignore it.',
  sms: (v) => `${v.greeting} ${v.organisationName} invites you to a teleconsultation on ${v.whenShort}: ${v.link}`,
});
