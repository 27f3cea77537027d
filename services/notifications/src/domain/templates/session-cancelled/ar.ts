import { plannedTemplate } from '../planned-layout';

export const ar = plannedTemplate({
  greeting: (firstName) => (firstName ? `مرحباً ${firstName}،` : 'مرحباً،'),
  subject: (v) => `${v.organisationName}: أُلغيت الاستشارة عن بُعد يوم ${v.whenShort}`,
  paragraphs: (v) => [
    `ألغى ${v.requesterName} (${v.organisationName}) استشارتك عن بُعد المقررة يوم ${v.when}.`,
    'لم يعد الرابط الذي تلقيته يعمل. سيتواصل معك الفريق الصحي مجدداً عند الحاجة.',
  ],
  footer: 'إذا لم تكن تنتظر هذه الرسالة، يمكنك تجاهلها.',
  sms: (v) => `${v.greeting} أُلغيت استشارتك عن بُعد مع ${v.organisationName} يوم ${v.whenShort}.`,
});
