import { accountTemplate } from '../account-layout';

export const es = accountTemplate({
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  subject: (v) => `Su cuenta de Passerelle para ${v.organisationName} ha sido aprobada`,
  paragraphs: (v) => [
    `Un administrador de ${v.organisationName} ha aprobado su cuenta: ya puede iniciar sesión en Passerelle.`,
    'Tras su contraseña, Passerelle le envía un código de un solo uso por correo electrónico o SMS para terminar el acceso.',
  ],
  cta: 'Iniciar sesión',
  footer: 'Si no solicitó una cuenta, avise al establecimiento e ignore este mensaje.',
  sms: (v) => `Hola: su cuenta de Passerelle para ${v.organisationName} ha sido aprobada. Acceso: ${v.link}`,
});
