import { accountTemplate } from '../account-layout';

export const ru = accountTemplate({
  greeting: (firstName) => (firstName ? `Здравствуйте, ${firstName}!` : 'Здравствуйте!'),
  subject: (v) => `Ваша учётная запись Passerelle в ${v.organisationName} одобрена`,
  paragraphs: (v) => [
    `Администратор ${v.organisationName} одобрил вашу учётную запись: теперь вы можете войти в Passerelle.`,
    'После ввода пароля Passerelle отправит вам одноразовый код по электронной почте или SMS, чтобы завершить вход.',
  ],
  cta: 'Войти',
  footer: 'Если вы не запрашивали учётную запись, сообщите об этом учреждению и проигнорируйте это письмо.',
  sms: (v) => `${v.greeting} Ваша учётная запись Passerelle в ${v.organisationName} одобрена. Вход: ${v.link}`,
});
