import { accountTemplate } from '../account-layout';

export const fr = accountTemplate({
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  subject: (v) => `Votre compte Passerelle pour ${v.organisationName} est validé`,
  paragraphs: (v) => [
    `Un administrateur de ${v.organisationName} a validé votre compte : vous pouvez désormais vous connecter à Passerelle.`,
    'Après votre mot de passe, Passerelle vous envoie un code à usage unique par e-mail ou SMS pour terminer la connexion.',
  ],
  cta: 'Se connecter',
  footer: "Si vous n'avez pas demandé de compte, prévenez l'établissement et ignorez ce message.",
  sms: (v) => `${v.greeting} votre compte Passerelle pour ${v.organisationName} est validé. Connexion : ${v.link}`,
});
