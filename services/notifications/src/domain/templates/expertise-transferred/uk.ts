import { accountTemplate } from '../account-layout';

export const uk = accountTemplate({
  greeting: (firstName) => (firstName ? `Вітаємо, ${firstName}!` : 'Вітаємо!'),
  subject: (v) => `Колега передав вам запит: ${v.requestType}`,
  paragraphs: (v) => [
    `${v.requesterName} передав(ла) вам запит телеекспертизи (${v.requestType}). Тепер ви ведете його разом з усім листуванням.`,
  ],
  cta: 'Відкрити запит',
  footer: 'Passerelle ніколи не додає дані пацієнта до листів.',
  sms: (v) => `Passerelle: ${v.requesterName} передав(ла) вам запит (${v.requestType}). ${v.link}`,
});
