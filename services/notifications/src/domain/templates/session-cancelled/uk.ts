import { plannedTemplate } from '../planned-layout';

export const uk = plannedTemplate({
  greeting: (firstName) => (firstName ? `Вітаємо, ${firstName}!` : 'Вітаємо!'),
  subject: (v) => `${v.organisationName}: телеконсультацію ${v.whenShort} скасовано`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) скасував(ла) вашу телеконсультацію, призначену на ${v.when}.`,
    'Отримане посилання більше не працює. За потреби медична команда зв’яжеться з вами знову.',
  ],
  footer: 'Якщо ви не очікували цього повідомлення, просто проігноруйте його.',
  sms: (v) => `${v.greeting} Вашу телеконсультацію з ${v.organisationName} (${v.whenShort}) скасовано.`,
});
