import { plannedTemplate } from '../planned-layout';

export const uk = plannedTemplate({
  greeting: (firstName) => (firstName ? `Вітаємо, ${firstName}!` : 'Вітаємо!'),
  subject: (v) => `${v.organisationName}: телеконсультацію перенесено на ${v.whenShort}`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) переніс(ла) вашу телеконсультацію на ${v.when}.`,
    'Посилання залишається тим самим; воно починає працювати незадовго до нового часу.',
  ],
  cta: 'Приєднатися до телеконсультації',
  fallback: 'Якщо кнопка не працює, скопіюйте це посилання в браузер:',
  testIntro: 'До прийому ви можете перевірити камеру й мікрофон тут:',
  footer: 'Це особисте посилання: не передавайте його іншим. Якщо ви не очікували цього повідомлення, просто проігноруйте його.',
  sms: (v) => `${v.greeting} Вашу телеконсультацію з ${v.organisationName} перенесено на ${v.whenShort}: ${v.link}`,
});
