import { plannedTemplate } from '../planned-layout';

export const ru = plannedTemplate({
  greeting: (firstName) => (firstName ? `Здравствуйте, ${firstName}!` : 'Здравствуйте!'),
  subject: (v) => `Напоминание: телеконсультация ${v.whenShort}`,
  paragraphs: (v) => [
    `Напоминание: ваша телеконсультация с ${v.requesterName} (${v.organisationName}) назначена на ${v.when}.`,
    'Откройте ссылку ниже за несколько минут до начала.',
  ],
  cta: 'Присоединиться к телеконсультации',
  fallback: 'Если кнопка не работает, скопируйте эту ссылку в браузер:',
  testIntro: 'До приёма вы можете проверить камеру и микрофон здесь:',
  footer: 'Это личная ссылка: не передавайте её другим. Если вы не ждали этого сообщения, просто проигнорируйте его.',
  sms: (v) => `${v.greeting} Напоминание: телеконсультация с ${v.organisationName} ${v.whenShort}: ${v.link}`,
});
