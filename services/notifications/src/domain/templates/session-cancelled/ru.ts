import { plannedTemplate } from '../planned-layout';

export const ru = plannedTemplate({
  greeting: (firstName) => (firstName ? `Здравствуйте, ${firstName}!` : 'Здравствуйте!'),
  subject: (v) => `${v.organisationName}: телеконсультация ${v.whenShort} отменена`,
  paragraphs: (v) => [
    `${v.requesterName} (${v.organisationName}) отменил(а) вашу телеконсультацию, назначенную на ${v.when}.`,
    'Полученная ссылка больше не работает. При необходимости медицинская команда свяжется с вами снова.',
  ],
  footer: 'Если вы не ждали этого сообщения, просто проигнорируйте его.',
  sms: (v) => `${v.greeting} Ваша телеконсультация с ${v.organisationName} (${v.whenShort}) отменена.`,
});
