import { plannedTemplate } from '../planned-layout';

export const fr = plannedTemplate({
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  subject: (v) => `Rappel : téléconsultation le ${v.whenShort}`,
  paragraphs: (v) => [
    `Rappel : votre téléconsultation avec ${v.requesterName} (${v.organisationName}) est prévue le ${v.when}.`,
    'Ouvrez le lien ci-dessous quelques minutes avant le début.',
  ],
  cta: 'Rejoindre la téléconsultation',
  fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
  testIntro: 'Avant le rendez-vous, vous pouvez vérifier votre caméra et votre micro ici :',
  footer: "Ce lien est personnel : ne le partagez pas. Si vous n'attendiez pas ce message, vous pouvez l'ignorer.",
  sms: (v) => `${v.greeting} rappel : téléconsultation avec ${v.organisationName} le ${v.whenShort} : ${v.link}`,
});
