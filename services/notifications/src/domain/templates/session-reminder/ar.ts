import { plannedTemplate } from '../planned-layout';

export const ar = plannedTemplate({
  greeting: (firstName) => (firstName ? `مرحباً ${firstName}،` : 'مرحباً،'),
  subject: (v) => `تذكير: استشارة عن بُعد يوم ${v.whenShort}`,
  paragraphs: (v) => [
    `تذكير: استشارتك عن بُعد مع ${v.requesterName} (${v.organisationName}) مقررة يوم ${v.when}.`,
    'افتح الرابط أدناه قبل البدء ببضع دقائق.',
  ],
  cta: 'الانضمام إلى الاستشارة عن بُعد',
  fallback: 'إذا لم يعمل الزر، انسخ هذا الرابط في متصفحك:',
  testIntro: 'قبل الموعد، يمكنك التحقق من الكاميرا والميكروفون هنا:',
  footer: 'هذا الرابط شخصي: لا تشاركه. إذا لم تكن تنتظر هذه الرسالة، يمكنك تجاهلها.',
  sms: (v) => `${v.greeting} تذكير: استشارة عن بُعد مع ${v.organisationName} يوم ${v.whenShort}: ${v.link}`,
});
