import { accountTemplate } from '../account-layout';

export const es = accountTemplate({
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  subject: (v) => `${v.code} es su código de acceso a Passerelle`,
  paragraphs: (v) => [`Su código de acceso es ${v.code}. Es válido durante ${v.minutes} minutos.`, 'El equipo de Passerelle nunca le pedirá este código.'],
  footer: 'Si no intentó iniciar sesión, cambie su contraseña: otra persona la conoce.',
  sms: (v) => `Código de acceso a Passerelle: ${v.code} (válido ${v.minutes} min). No lo comparta.`,
});
