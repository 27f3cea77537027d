import { accountTemplate } from '../account-layout';

export const uk = accountTemplate({
  greeting: (firstName) => (firstName ? `Вітаємо, ${firstName}!` : 'Вітаємо!'),
  subject: (v) => `Ваш обліковий запис Passerelle у ${v.organisationName} схвалено`,
  paragraphs: (v) => [
    `Адміністратор ${v.organisationName} схвалив ваш обліковий запис: тепер ви можете увійти в Passerelle.`,
    'Після пароля Passerelle надішле вам одноразовий код електронною поштою або SMS, щоб завершити вхід.',
  ],
  cta: 'Увійти',
  footer: 'Якщо ви не просили обліковий запис, повідомте заклад і проігноруйте цей лист.',
  sms: (v) => `${v.greeting} Ваш обліковий запис Passerelle у ${v.organisationName} схвалено. Вхід: ${v.link}`,
});
