import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `Hola, ${firstName}:` : 'Hola:');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} (${v.organisationName}) le invita a una teleconsulta segura.`,
    'Abra el siguiente enlace en su teléfono o en su ordenador. Aceptará las condiciones de uso y luego esperará a que el profesional sanitario inicie la sesión.',
  ],
  cta: 'Unirse a la teleconsulta',
  fallback: 'Si el botón no funciona, copie este enlace en su navegador:',
  testIntro: 'Antes de unirse, puede comprobar su cámara y su micrófono aquí:',
  footer: 'Este enlace es personal: no lo comparta. Si no esperaba este mensaje, puede ignorarlo.',
});

export const es: MessageTemplate = {
  subject: (v) => `${v.organisationName}: su enlace de teleconsulta`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) =>
    `${v.firstName ? `Hola ${v.firstName},` : 'Hola,'} ${v.organisationName} le invita a una teleconsulta. Enlace: ${v.link}`,
};
