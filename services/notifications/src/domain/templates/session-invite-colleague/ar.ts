import { inviteEmailHtml, inviteEmailText, type InviteCopy } from '../invite-layout';
import type { InviteVariables, MessageTemplate } from '../template';

const greeting = (firstName: string) => (firstName ? `مرحبًا ${firstName}،` : 'مرحبًا،');

const copy = (v: InviteVariables): InviteCopy => ({
  greeting: greeting(v.firstName),
  paragraphs: [
    `${v.requesterName} (${v.organisationName}) برفقة مريض ويدعوك للانضمام إلى استشارته الطبية عن بُعد.`,
    'افتح الرابط أدناه على هاتفك أو حاسوبك ووافق على شروط الاستخدام، وسيتم إدخالك عند بدء الجلسة.',
  ],
  cta: 'الانضمام إلى الاستشارة',
  fallback: 'إذا لم يعمل الزر، انسخ هذا الرابط في متصفحك:',
  testIntro: 'قبل الانضمام، يمكنك التحقق من الكاميرا والميكروفون هنا:',
  footer: 'هذا الرابط شخصي: لا تشاركه مع أحد.',
});

export const ar: MessageTemplate = {
  subject: (v) => `يدعوك ${v.requesterName} للانضمام إلى استشارة طبية عن بُعد`,
  text: (v) => inviteEmailText(copy(v), v.link, v.testLink),
  html: (v) => inviteEmailHtml(copy(v), v.link, v.testLink),
  sms: (v) =>
    `${greeting(v.firstName)} يدعوك ${v.requesterName} (${v.organisationName}) للانضمام إلى استشارة طبية عن بُعد: ${v.link}`,
};
