import { accountTemplate } from '../account-layout';

export const fr = accountTemplate({
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  subject: (v) => `${v.code} est votre code de connexion Passerelle`,
  paragraphs: (v) => [
    `Votre code de connexion est ${v.code}. Il est valable ${v.minutes} minutes.`,
    "L'équipe Passerelle ne vous demandera jamais ce code.",
  ],
  footer: "Si vous n'avez pas essayé de vous connecter, changez votre mot de passe : quelqu'un d'autre le connaît.",
  sms: (v) => `Code de connexion Passerelle : ${v.code} (valable ${v.minutes} min). Ne le communiquez à personne.`,
});
