import { accountTemplate } from '../account-layout';

export const ru = accountTemplate({
  greeting: (firstName) => (firstName ? `Здравствуйте, ${firstName}!` : 'Здравствуйте!'),
  subject: (v) => `Эксперт ответил на ваш запрос: ${v.requestType}`,
  paragraphs: (v) => [
    `Эксперт ответил на ваш запрос телеэкспертизы (${v.requestType}).`,
    'Откройте запрос в Passerelle, чтобы прочитать ответ.',
  ],
  cta: 'Прочитать ответ',
  footer: 'Passerelle никогда не включает данные пациента в письма.',
  sms: (v) => `Passerelle: эксперт ответил на ваш запрос (${v.requestType}). ${v.link}`,
});
