import { accountTemplate } from '../account-layout';

export const uk = accountTemplate({
  greeting: (firstName) => (firstName ? `Вітаємо, ${firstName}!` : 'Вітаємо!'),
  subject: (v) => `Експертові потрібна додаткова інформація: ${v.requestType}`,
  paragraphs: (v) => [
    `Експерт, який опрацьовує ваш запит телеекспертизи (${v.requestType}), просить додаткову інформацію.`,
    'Відкрийте запит у Passerelle, щоб прочитати питання й відповісти.',
  ],
  cta: 'Відкрити запит',
  footer: 'Passerelle ніколи не додає дані пацієнта до листів.',
  sms: (v) => `Passerelle: експертові потрібна інформація щодо вашого запиту (${v.requestType}). ${v.link}`,
});
