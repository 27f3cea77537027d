import { accountTemplate } from '../account-layout';

export const fr = accountTemplate({
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  subject: (v) => `Un collègue vous a transféré une demande : ${v.requestType}`,
  paragraphs: (v) => [
    `${v.requesterName} vous a transféré une demande de télé-expertise (${v.requestType}). Vous la suivez désormais, avec tout son fil d’échanges.`,
  ],
  cta: 'Ouvrir la demande',
  footer: 'Passerelle ne met jamais d’informations sur le patient dans les e-mails.',
  sms: (v) => `Passerelle : ${v.requesterName} vous a transféré une demande (${v.requestType}). ${v.link}`,
});
