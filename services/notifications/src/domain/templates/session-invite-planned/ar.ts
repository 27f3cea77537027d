import { plannedTemplate } from '../planned-layout';

export const ar = plannedTemplate({
  greeting: (firstName) => (firstName ? `مرحباً ${firstName}،` : 'مرحباً،'),
  subject: (v) => `${v.organisationName}: استشارة عن بُعد يوم ${v.whenShort}`,
  paragraphs: (v) => [
    `يدعوك ${v.requesterName} من ${v.organisationName} إلى استشارة آمنة عن بُعد يوم ${v.when}.`,
    'يعمل الرابط قبل الموعد بقليل. افتحه حينها على هاتفك أو حاسوبك: ستوافق على شروط الاستخدام، ثم تنتظر حتى يبدأ العامل الصحي الجلسة.',
  ],
  cta: 'الانضمام إلى الاستشارة عن بُعد',
  fallback: 'إذا لم يعمل الزر، انسخ هذا الرابط في متصفحك:',
  testIntro: 'قبل الموعد، يمكنك التحقق من الكاميرا والميكروفون هنا:',
  footer: 'هذا الرابط شخصي: لا تشاركه. إذا لم تكن تنتظر هذه الرسالة، يمكنك تجاهلها.',
  sms: (v) => `${v.greeting} يدعوك ${v.organisationName} إلى استشارة عن بُعد يوم ${v.whenShort}: ${v.link}`,
});
