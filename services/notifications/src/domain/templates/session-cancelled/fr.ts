import { plannedTemplate } from '../planned-layout';

export const fr = plannedTemplate({
  greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
  subject: (v) => `${v.organisationName} : téléconsultation du ${v.whenShort} annulée`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) a annulé votre téléconsultation prévue le ${v.when}.`,
    "Le lien reçu ne fonctionne plus. L'équipe soignante vous recontactera si nécessaire.",
  ],
  footer: "Si vous n'attendiez pas ce message, vous pouvez l'ignorer.",
  sms: (v) => `${v.greeting} votre téléconsultation avec ${v.organisationName} du ${v.whenShort} est annulée.`,
});
