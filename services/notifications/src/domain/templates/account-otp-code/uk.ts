import { accountTemplate } from '../account-layout';

export const uk = accountTemplate({
  greeting: (firstName) => (firstName ? `Вітаємо, ${firstName}!` : 'Вітаємо!'),
  subject: (v) => `${v.code} — ваш код входу в Passerelle`,
  paragraphs: (v) => [`Ваш код входу: ${v.code}. Він дійсний ${v.minutes} хв.`, 'Працівники Passerelle ніколи не попросять у вас цей код.'],
  footer: 'Якщо ви не намагалися увійти, змініть пароль: його знає хтось інший.',
  sms: (v) => `Код входу в Passerelle: ${v.code} (дійсний ${v.minutes} хв). Нікому його не повідомляйте.`,
});
