import { accountTemplate } from '../account-layout';

export const en = accountTemplate({
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  subject: (v) => `A colleague transferred a request to you: ${v.requestType}`,
  paragraphs: (v) => [
    `${v.requesterName} transferred a tele-expertise request (${v.requestType}) to you. You now follow it, with its whole thread.`,
  ],
  cta: 'Open the request',
  footer: 'Passerelle never puts patient information in e-mails.',
  sms: (v) => `Passerelle: ${v.requesterName} transferred a request to you (${v.requestType}). ${v.link}`,
});
