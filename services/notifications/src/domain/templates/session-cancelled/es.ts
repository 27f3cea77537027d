import { plannedTemplate } from '../planned-layout';

export const es = plannedTemplate({
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  subject: (v) => `${v.organisationName}: teleconsulta del ${v.whenShort} cancelada`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) ha cancelado su teleconsulta prevista el ${v.when}.`,
    'El enlace recibido ya no funciona. El equipo de salud volverá a contactarle si es necesario.',
  ],
  footer: 'Si no esperaba este mensaje, puede ignorarlo.',
  sms: (v) => `${v.greeting} su teleconsulta con ${v.organisationName} del ${v.whenShort} está cancelada.`,
});
