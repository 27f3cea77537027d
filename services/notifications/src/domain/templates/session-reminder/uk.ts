import { plannedTemplate } from '../planned-layout';

export const uk = plannedTemplate({
  greeting: (firstName) => (firstName ? `Вітаємо, ${firstName}!` : 'Вітаємо!'),
  subject: (v) => `Нагадування: телеконсультація ${v.whenShort}`,
  paragraphs: (v) => [
    `Нагадування: вашу телеконсультацію з ${v.requesterName} (${v.organisationName}) призначено на ${v.when}.`,
    'Відкрийте посилання нижче за кілька хвилин до початку.',
  ],
  cta: 'Приєднатися до телеконсультації',
  fallback: 'Якщо кнопка не працює, скопіюйте це посилання в браузер:',
  testIntro: 'До прийому ви можете перевірити камеру й мікрофон тут:',
  footer: 'Це особисте посилання: не передавайте його іншим. Якщо ви не очікували цього повідомлення, просто проігноруйте його.',
  sms: (v) => `${v.greeting} Нагадування: телеконсультація з ${v.organisationName} ${v.whenShort}: ${v.link}`,
});
