import { accountTemplate } from '../account-layout';

export const es = accountTemplate({
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  subject: (v) => `El experto necesita más información: ${v.requestType}`,
  paragraphs: (v) => [
    `El experto que atiende su solicitud de teleexperticia (${v.requestType}) pide más información.`,
    'Abra la solicitud en Passerelle para leer la pregunta y responder.',
  ],
  cta: 'Abrir la solicitud',
  footer: 'Passerelle nunca incluye información del paciente en los correos.',
  sms: (v) => `Passerelle: el experto necesita más información sobre su solicitud (${v.requestType}). ${v.link}`,
});
