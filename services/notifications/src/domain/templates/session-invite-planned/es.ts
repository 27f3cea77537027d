import { plannedTemplate } from '../planned-layout';

export const es = plannedTemplate({
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  subject: (v) => `${v.organisationName}: teleconsulta el ${v.whenShort}`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) le invita a una teleconsulta segura el ${v.when}.`,
    'El enlace funciona desde poco antes de la cita. Ábralo entonces en su teléfono o computadora: aceptará las condiciones de uso y esperará a que el profesional de salud inicie la sesión.',
  ],
  cta: 'Unirse a la teleconsulta',
  fallback: 'Si el botón no funciona, copie este enlace en su navegador:',
  testIntro: 'Antes de la cita, puede comprobar su cámara y su micrófono aquí:',
  footer: 'Este enlace es personal: no lo comparta. Si no esperaba este mensaje, puede ignorarlo.',
  sms: (v) => `${v.greeting} ${v.organisationName} le invita a una teleconsulta el ${v.whenShort}: ${v.link}`,
});
