import { plannedTemplate } from '../planned-layout';

export const ar = plannedTemplate({
  greeting: (firstName) => (firstName ? `مرحباً ${firstName}،` : 'مرحباً،'),
  subject: (v) => `${v.organisationName}: تم نقل استشارتك عن بُعد إلى ${v.whenShort}`,
  paragraphs: (v) => [
    `نقل ${v.requesterName} (${v.organisationName}) استشارتك عن بُعد إلى ${v.when}.`,
    'يبقى رابطك كما هو؛ ويعمل قبل الموعد الجديد بقليل.',
  ],
  cta: 'الانضمام إلى الاستشارة عن بُعد',
  fallback: 'إذا لم يعمل الزر، انسخ هذا الرابط في متصفحك:',
  testIntro: 'قبل الموعد، يمكنك التحقق من الكاميرا والميكروفون هنا:',
  footer: 'هذا الرابط شخصي: لا تشاركه. إذا لم تكن تنتظر هذه الرسالة، يمكنك تجاهلها.',
  sms: (v) => `${v.greeting} تم نقل استشارتك عن بُعد مع ${v.organisationName} إلى ${v.whenShort}: ${v.link}`,
});
