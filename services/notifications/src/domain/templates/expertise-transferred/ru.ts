import { accountTemplate } from '../account-layout';

export const ru = accountTemplate({
  greeting: (firstName) => (firstName ? `Здравствуйте, ${firstName}!` : 'Здравствуйте!'),
  subject: (v) => `Коллега передал вам запрос: ${v.requestType}`,
  paragraphs: (v) => [
    `${v.requesterName} передал(а) вам запрос телеэкспертизы (${v.requestType}). Теперь вы ведёте его вместе со всей перепиской.`,
  ],
  cta: 'Открыть запрос',
  footer: 'Passerelle никогда не включает данные пациента в письма.',
  sms: (v) => `Passerelle: ${v.requesterName} передал(а) вам запрос (${v.requestType}). ${v.link}`,
});
