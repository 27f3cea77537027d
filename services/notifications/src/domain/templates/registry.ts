import type { Language } from '@passerelle/contracts';
import { accountApproved } from './account-approved';
import { accountOtpCode } from './account-otp-code';
import { expertiseAnswered } from './expertise-answered';
import { expertiseInfoRequested } from './expertise-info-requested';
import { expertiseTransferred } from './expertise-transferred';
import { sessionCancelled } from './session-cancelled';
import { sessionInvite } from './session-invite';
import { sessionInviteColleague } from './session-invite-colleague';
import { sessionInvitePlanned } from './session-invite-planned';
import { sessionRescheduled } from './session-rescheduled';
import { sessionReminder } from './session-reminder';
import type { InviteVariables, MessageTemplate, TemplateName } from './template';

/** Every template in English at least (the fallback), and in whichever other languages it has. */
export type TemplateRegistry = Record<TemplateName, { en: MessageTemplate } & Partial<Record<Language, MessageTemplate>>>;

export const TEMPLATES: TemplateRegistry = {
  'session-invite': sessionInvite,
  'session-invite-colleague': sessionInviteColleague,
  'session-invite-planned': sessionInvitePlanned,
  'session-reminder': sessionReminder,
  'session-rescheduled': sessionRescheduled,
  'session-cancelled': sessionCancelled,
  'account-otp-code': accountOtpCode,
  'account-approved': accountApproved,
  'expertise-answered': expertiseAnswered,
  'expertise-info-requested': expertiseInfoRequested,
  'expertise-transferred': expertiseTransferred,
};

/** What a command may carry: the template variables, plus the raw slot the renderer formats. */
export type SendVariable = keyof InviteVariables | 'startsAt' | 'timeZone';

/** Variables a send command must carry for each template (others are optional and default to empty). */
export const REQUIRED_VARIABLES: Record<TemplateName, SendVariable[]> = {
  'session-invite': ['requesterName', 'organisationName', 'link'],
  'session-invite-colleague': ['requesterName', 'organisationName', 'link'],
  'session-invite-planned': ['requesterName', 'organisationName', 'link', 'startsAt', 'timeZone'],
  'session-reminder': ['requesterName', 'organisationName', 'link', 'startsAt', 'timeZone'],
  'session-rescheduled': ['requesterName', 'organisationName', 'link', 'startsAt', 'timeZone'],
  // No link: a cancelled invite's link no longer works.
  'session-cancelled': ['requesterName', 'organisationName', 'startsAt', 'timeZone'],
  'account-otp-code': ['code', 'minutes'],
  'account-approved': ['organisationName', 'link'],
  'expertise-answered': ['requestType', 'link'],
  'expertise-info-requested': ['requestType', 'link'],
  // `requesterName`: the colleague who transferred it.
  'expertise-transferred': ['requestType', 'requesterName', 'link'],
};
