import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `Вітаємо, ${firstName}!` : 'Вітаємо!');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} (${v.organisationName}) зараз із пацієнтом і запрошує вас приєднатися до телеконсультації.`,
    "Відкрийте посилання нижче на телефоні чи комп'ютері та прийміть умови використання: вас допустять, щойно розпочнеться сеанс.",
  ],
  cta: 'Приєднатися до телеконсультації',
  fallback: 'Якщо кнопка не працює, скопіюйте це посилання у браузер:',
  testIntro: 'Перед приєднанням ви можете перевірити камеру й мікрофон тут:',
  footer: 'Це персональне посилання: не передавайте його іншим.',
});

export const uk: MessageTemplate = {
  subject: (v) => `${v.requesterName} запрошує вас приєднатися до телеконсультації`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) =>
    `${greeting(v.firstName)} ${v.requesterName} (${v.organisationName}) запрошує вас приєднатися до телеконсультації: ${v.link}`,
};
