import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `Hola, ${firstName}:` : 'Hola:');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} (${v.organisationName}) está con un paciente y le invita a unirse a su teleconsulta.`,
    'Abra el siguiente enlace en su teléfono o en su ordenador y acepte las condiciones de uso: podrá entrar en cuanto comience la sesión.',
  ],
  cta: 'Unirse a la teleconsulta',
  fallback: 'Si el botón no funciona, copie este enlace en su navegador:',
  testIntro: 'Antes de unirse, puede comprobar su cámara y su micrófono aquí:',
  footer: 'Este enlace es personal: no lo comparta.',
});

export const es: MessageTemplate = {
  subject: (v) => `${v.requesterName} le invita a unirse a una teleconsulta`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) =>
    `${v.firstName ? `Hola ${v.firstName},` : 'Hola,'} ${v.requesterName} (${v.organisationName}) le invita a unirse a una teleconsulta. Enlace: ${v.link}`,
};
