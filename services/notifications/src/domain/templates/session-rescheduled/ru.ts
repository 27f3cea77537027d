import { plannedTemplate } from '../planned-layout';

export const ru = plannedTemplate({
  greeting: (firstName) => (firstName ? `Здравствуйте, ${firstName}!` : 'Здравствуйте!'),
  subject: (v) => `${v.organisationName}: телеконсультация перенесена на ${v.whenShort}`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) перенёс(ла) вашу телеконсультацию на ${v.when}.`,
    'Ссылка остаётся прежней; она начинает работать незадолго до нового времени.',
  ],
  cta: 'Присоединиться к телеконсультации',
  fallback: 'Если кнопка не работает, скопируйте эту ссылку в браузер:',
  testIntro: 'До приёма вы можете проверить камеру и микрофон здесь:',
  footer: 'Это личная ссылка: не передавайте её другим. Если вы не ждали этого сообщения, просто проигнорируйте его.',
  sms: (v) => `${v.greeting} Ваша телеконсультация с ${v.organisationName} перенесена на ${v.whenShort}: ${v.link}`,
});
