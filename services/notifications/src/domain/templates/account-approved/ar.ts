import { accountTemplate } from '../account-layout';

export const ar = accountTemplate({
  greeting: (firstName) => (firstName ? `مرحبًا ${firstName}،` : 'مرحبًا،'),
  subject: (v) => `تمت الموافقة على حسابك في Passerelle لدى ${v.organisationName}`,
  paragraphs: (v) => [
    `وافق أحد مسؤولي ${v.organisationName} على حسابك: يمكنك الآن تسجيل الدخول إلى Passerelle.`,
    'بعد كلمة المرور، يرسل لك Passerelle رمزًا لمرة واحدة عبر البريد الإلكتروني أو الرسائل القصيرة لإكمال الدخول.',
  ],
  cta: 'تسجيل الدخول',
  footer: 'إذا لم تطلب حسابًا، فأبلغ المؤسسة وتجاهل هذه الرسالة.',
  sms: (v) => `${v.greeting} تمت الموافقة على حسابك في Passerelle لدى ${v.organisationName}. تسجيل الدخول: ${v.link}`,
});
