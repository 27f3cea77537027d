import { accountTemplate } from '../account-layout';

export const fr = accountTemplate({
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  subject: (v) => `Un expert a répondu à votre demande : ${v.requestType}`,
  paragraphs: (v) => [
    `Un expert a répondu à votre demande de télé-expertise (${v.requestType}).`,
    'Ouvrez la demande dans Passerelle pour lire la réponse.',
  ],
  cta: 'Lire la réponse',
  footer: 'Passerelle ne met jamais d’informations sur le patient dans les e-mails.',
  sms: (v) => `Passerelle : un expert a répondu à votre demande (${v.requestType}). ${v.link}`,
});
