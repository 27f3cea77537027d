import { accountTemplate } from '../account-layout';

export const es = accountTemplate({
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  subject: (v) => `Un colega le transfirió una solicitud: ${v.requestType}`,
  paragraphs: (v) => [
    `${v.requesterName} le transfirió una solicitud de teleexperticia (${v.requestType}). Ahora usted la sigue, con todo su hilo.`,
  ],
  cta: 'Abrir la solicitud',
  footer: 'Passerelle nunca incluye información del paciente en los correos.',
  sms: (v) => `Passerelle: ${v.requesterName} le transfirió una solicitud (${v.requestType}). ${v.link}`,
});
