import { accountTemplate } from '../account-layout';

export const es = accountTemplate({
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  subject: (v) => `Un experto respondió a su solicitud: ${v.requestType}`,
  paragraphs: (v) => [
    `Un experto ha respondido a su solicitud de teleexperticia (${v.requestType}).`,
    'Abra la solicitud en Passerelle para leer la respuesta.',
  ],
  cta: 'Leer la respuesta',
  footer: 'Passerelle nunca incluye información del paciente en los correos.',
  sms: (v) => `Passerelle: un experto respondió a su solicitud (${v.requestType}). ${v.link}`,
});
