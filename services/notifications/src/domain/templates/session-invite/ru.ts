import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `Здравствуйте, ${firstName}!` : 'Здравствуйте!');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} (${v.organisationName}) приглашает вас на защищённую телеконсультацию.`,
    'Откройте ссылку ниже на телефоне или компьютере. Примите условия использования и дождитесь, пока медицинский работник начнёт сеанс.',
  ],
  cta: 'Присоединиться к телеконсультации',
  fallback: 'Если кнопка не работает, скопируйте эту ссылку в браузер:',
  testIntro: 'Перед подключением вы можете проверить камеру и микрофон здесь:',
  footer: 'Это персональная ссылка: не передавайте её другим. Если вы не ожидали этого сообщения, просто проигнорируйте его.',
});

export const ru: MessageTemplate = {
  subject: (v) => `${v.organisationName}: ссылка на телеконсультацию`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) => `${greeting(v.firstName)} ${v.organisationName} приглашает вас на телеконсультацию: ${v.link}`,
};
