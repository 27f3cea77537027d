import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `Здравствуйте, ${firstName}!` : 'Здравствуйте!');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} (${v.organisationName}) сейчас с пациентом и приглашает вас присоединиться к телеконсультации.`,
    'Откройте ссылку ниже на телефоне или компьютере и примите условия использования: вас допустят, как только сеанс начнётся.',
  ],
  cta: 'Присоединиться к телеконсультации',
  fallback: 'Если кнопка не работает, скопируйте эту ссылку в браузер:',
  testIntro: 'Перед подключением вы можете проверить камеру и микрофон здесь:',
  footer: 'Это персональная ссылка: не передавайте её другим.',
});

export const ru: MessageTemplate = {
  subject: (v) => `${v.requesterName} приглашает вас присоединиться к телеконсультации`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) =>
    `${greeting(v.firstName)} ${v.requesterName} (${v.organisationName}) приглашает вас присоединиться к телеконсультации: ${v.link}`,
};
