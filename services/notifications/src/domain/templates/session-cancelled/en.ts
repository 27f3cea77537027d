import { plannedTemplate } from '../planned-layout';

export const en = plannedTemplate({
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  subject: (v) => `${v.organisationName}: teleconsultation of ${v.whenShort} cancelled`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) has cancelled your teleconsultation planned on ${v.when}.`,
    'The link you received no longer works. The health team will contact you again if needed.',
  ],
  footer: 'If you were not expecting this message, you can ignore it.',
  sms: (v) => `${v.greeting} your teleconsultation with ${v.organisationName} on ${v.whenShort} is cancelled.`,
});
