import { plannedTemplate } from '../planned-layout';

export const fr = plannedTemplate({
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  subject: (v) => `${v.organisationName} : votre téléconsultation est déplacée au ${v.whenShort}`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) a déplacé votre téléconsultation au ${v.when}.`,
    'Votre lien reste le même ; il fonctionne à partir de peu avant le nouvel horaire.',
  ],
  cta: 'Rejoindre la téléconsultation',
  fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
  testIntro: 'Avant le rendez-vous, vous pouvez vérifier votre caméra et votre micro ici :',
  footer: "Ce lien est personnel : ne le partagez pas. Si vous n'attendiez pas ce message, vous pouvez l'ignorer.",
  sms: (v) => `${v.greeting} votre téléconsultation avec ${v.organisationName} est déplacée au ${v.whenShort} : ${v.link}`,
});
