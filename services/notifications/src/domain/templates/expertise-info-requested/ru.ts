import { accountTemplate } from '../account-layout';

export const ru = accountTemplate({
  greeting: (firstName) => (firstName ? `Здравствуйте, ${firstName}!` : 'Здравствуйте!'),
  subject: (v) => `Эксперту нужна дополнительная информация: ${v.requestType}`,
  paragraphs: (v) => [
    `Эксперт, работающий с вашим запросом телеэкспертизы (${v.requestType}), просит дополнительную информацию.`,
    'Откройте запрос в Passerelle, чтобы прочитать вопрос и ответить.',
  ],
  cta: 'Открыть запрос',
  footer: 'Passerelle никогда не включает данные пациента в письма.',
  sms: (v) => `Passerelle: эксперту нужна информация по вашему запросу (${v.requestType}). ${v.link}`,
});
