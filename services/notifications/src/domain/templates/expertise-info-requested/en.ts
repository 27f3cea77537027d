import { accountTemplate } from '../account-layout';

export const en = accountTemplate({
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  subject: (v) => `The expert needs more information: ${v.requestType}`,
  paragraphs: (v) => [
    `The expert handling your tele-expertise request (${v.requestType}) asks for more information.`,
    'Open the request in Passerelle to read the question and reply.',
  ],
  cta: 'Open the request',
  footer: 'Passerelle never puts patient information in e-mails.',
  sms: (v) => `Passerelle: the expert needs more information for your request (${v.requestType}). ${v.link}`,
});
