import { accountTemplate } from '../account-layout';

export const ru = accountTemplate({
  greeting: (firstName) => (firstName ? `Здравствуйте, ${firstName}!` : 'Здравствуйте!'),
  subject: (v) => `${v.code} — ваш код входа в Passerelle`,
  paragraphs: (v) => [`Ваш код входа: ${v.code}. Он действует ${v.minutes} мин.`, 'Сотрудники Passerelle никогда не попросят у вас этот код.'],
  footer: 'Если вы не пытались войти, смените пароль: его знает кто-то ещё.',
  sms: (v) => `Код входа в Passerelle: ${v.code} (действует ${v.minutes} мин). Никому его не сообщайте.`,
});
