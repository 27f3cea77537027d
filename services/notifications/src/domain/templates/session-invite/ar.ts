import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `مرحبًا ${firstName}،` : 'مرحبًا،');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `يدعوك ${v.requesterName} (${v.organisationName}) إلى استشارة طبية آمنة عن بُعد.`,
    'افتح الرابط أدناه على هاتفك أو حاسوبك. ستوافق على شروط الاستخدام، ثم تنتظر حتى يبدأ العامل الصحي الجلسة.',
  ],
  cta: 'الانضمام إلى الاستشارة',
  fallback: 'إذا لم يعمل الزر، انسخ هذا الرابط في متصفحك:',
  testIntro: 'قبل الانضمام، يمكنك التحقق من الكاميرا والميكروفون هنا:',
  footer: 'هذا الرابط شخصي: لا تشاركه مع أحد. إذا لم تكن تتوقع هذه الرسالة، يمكنك تجاهلها.',
});

export const ar: MessageTemplate = {
  subject: (v) => `${v.organisationName}: رابط الاستشارة الطبية عن بُعد`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) => `${greeting(v.firstName)} يدعوك ${v.organisationName} إلى استشارة طبية عن بُعد: ${v.link}`,
};
