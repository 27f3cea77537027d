import { plannedTemplate } from '../planned-layout';

export const fr = plannedTemplate({
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  subject: (v) => `${v.organisationName} : téléconsultation le ${v.whenShort}`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) vous invite à une téléconsultation sécurisée le ${v.when}.`,
    "Le lien fonctionne à partir de peu avant le rendez-vous. Ouvrez-le alors sur votre téléphone ou votre ordinateur : vous accepterez les conditions d'utilisation, puis vous patienterez jusqu'à ce que le professionnel de santé démarre la séance.",
  ],
  cta: 'Rejoindre la téléconsultation',
  fallback: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
  testIntro: 'Avant le rendez-vous, vous pouvez vérifier votre caméra et votre micro ici :',
  footer: "Ce lien est personnel : ne le partagez pas. Si vous n'attendiez pas ce message, vous pouvez l'ignorer.",
  sms: (v) => `${v.greeting} ${v.organisationName} vous invite à une téléconsultation le ${v.whenShort} : ${v.link}`,
});
