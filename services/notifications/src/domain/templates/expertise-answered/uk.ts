import { accountTemplate } from '../account-layout';

export const uk = accountTemplate({
  greeting: (firstName) => (firstName ? `Вітаємо, ${firstName}!` : 'Вітаємо!'),
  subject: (v) => `Експерт відповів на ваш запит: ${v.requestType}`,
  paragraphs: (v) => [
    `Експерт відповів на ваш запит телеекспертизи (${v.requestType}).`,
    'Відкрийте запит у Passerelle, щоб прочитати відповідь.',
  ],
  cta: 'Прочитати відповідь',
  footer: 'Passerelle ніколи не додає дані пацієнта до листів.',
  sms: (v) => `Passerelle: експерт відповів на ваш запит (${v.requestType}). ${v.link}`,
});
