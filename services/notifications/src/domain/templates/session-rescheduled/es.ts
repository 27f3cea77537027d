import { plannedTemplate } from '../planned-layout';

export const es = plannedTemplate({
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  subject: (v) => `${v.organisationName}: su teleconsulta pasa al ${v.whenShort}`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) ha cambiado su teleconsulta al ${v.when}.`,
    'Su enlace sigue siendo el mismo; funciona desde poco antes de la nueva hora.',
  ],
  cta: 'Unirse a la teleconsulta',
  fallback: 'Si el botón no funciona, copie este enlace en su navegador:',
  testIntro: 'Antes de la cita, puede comprobar su cámara y su micrófono aquí:',
  footer: 'Este enlace es personal: no lo comparta. Si no esperaba este mensaje, puede ignorarlo.',
  sms: (v) => `${v.greeting} su teleconsulta con ${v.organisationName} pasa al ${v.whenShort}: ${v.link}`,
});
