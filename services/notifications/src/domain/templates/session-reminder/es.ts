import { plannedTemplate } from '../planned-layout';

export const es = plannedTemplate({
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  subject: (v) => `Recordatorio: teleconsulta el ${v.whenShort}`,
  paragraphs: (v) => [
    `Recordatorio: su teleconsulta con ${v.requesterName} (${v.organisationName}) está prevista el ${v.when}.`,
    'Abra el enlace de abajo unos minutos antes del inicio.',
  ],
  cta: 'Unirse a la teleconsulta',
  fallback: 'Si el botón no funciona, copie este enlace en su navegador:',
  testIntro: 'Antes de la cita, puede comprobar su cámara y su micrófono aquí:',
  footer: 'Este enlace es personal: no lo comparta. Si no esperaba este mensaje, puede ignorarlo.',
  sms: (v) => `${v.greeting} recordatorio: teleconsulta con ${v.organisationName} el ${v.whenShort}: ${v.link}`,
});
