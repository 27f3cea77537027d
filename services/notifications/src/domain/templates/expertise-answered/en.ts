import { accountTemplate } from '../account-layout';

export const en = accountTemplate({
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  subject: (v) => `An expert answered your request: ${v.requestType}`,
  paragraphs: (v) => [
    `An expert has answered your tele-expertise request (${v.requestType}).`,
    'Open the request in Passerelle to read the answer.',
  ],
  cta: 'Read the answer',
  footer: 'Passerelle never puts patient information in e-mails.',
  sms: (v) => `Passerelle: an expert answered your request (${v.requestType}). ${v.link}`,
});
