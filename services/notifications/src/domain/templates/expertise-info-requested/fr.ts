import { accountTemplate } from '../account-layout';

export const fr = accountTemplate({
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  subject: (v) => `L’expert a besoin de précisions : ${v.requestType}`,
  paragraphs: (v) => [
    `L’expert qui traite votre demande de télé-expertise (${v.requestType}) demande des informations complémentaires.`,
    'Ouvrez la demande dans Passerelle pour lire la question et répondre.',
  ],
  cta: 'Ouvrir la demande',
  footer: 'Passerelle ne met jamais d’informations sur le patient dans les e-mails.',
  sms: (v) => `Passerelle : l’expert a besoin de précisions sur votre demande (${v.requestType}). ${v.link}`,
});
