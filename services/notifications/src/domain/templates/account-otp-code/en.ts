import { accountTemplate } from '../account-layout';

export const en = accountTemplate({
  greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
  subject: (v) => `${v.code} is your Passerelle sign-in code`,
  paragraphs: (v) => [`Your sign-in code is ${v.code}. It is valid for ${v.minutes} minutes.`, 'Passerelle staff will never ask you for this code.'],
  footer: 'If you did not try to sign in, change your password: someone else knows it.',
  sms: (v) => `Passerelle sign-in code: ${v.code} (valid ${v.minutes} min). Never share it.`,
});
