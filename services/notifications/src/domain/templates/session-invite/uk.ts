import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `Вітаємо, ${firstName}!` : 'Вітаємо!');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} (${v.organisationName}) запрошує вас на захищену телеконсультацію.`,
    "Відкрийте посилання нижче на телефоні чи комп'ютері. Прийміть умови використання та зачекайте, доки медичний працівник розпочне сеанс.",
  ],
  cta: 'Приєднатися до телеконсультації',
  fallback: 'Якщо кнопка не працює, скопіюйте це посилання у браузер:',
  testIntro: 'Перед приєднанням ви можете перевірити камеру й мікрофон тут:',
  footer: 'Це персональне посилання: не передавайте його іншим. Якщо ви не очікували цього повідомлення, просто проігноруйте його.',
});

export const uk: MessageTemplate = {
  subject: (v) => `${v.organisationName}: посилання на телеконсультацію`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) => `${greeting(v.firstName)} ${v.organisationName} запрошує вас на телеконсультацію: ${v.link}`,
};
