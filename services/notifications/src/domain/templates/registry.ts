import type { Language } from '@passerelle/contracts';
import { sessionInvite } from './session-invite';
import { sessionInviteColleague } from './session-invite-colleague';
import type { InviteVariables, MessageTemplate, TemplateName } from './template';

/** Every template in English at least (the fallback), and in whichever other languages it has. */
export type TemplateRegistry = Record<TemplateName, { en: MessageTemplate } & Partial<Record<Language, MessageTemplate>>>;

export const TEMPLATES: TemplateRegistry = {
  'session-invite': sessionInvite,
  'session-invite-colleague': sessionInviteColleague,
};

/** Variables a send command must carry for each template (others are optional and default to empty). */
export const REQUIRED_VARIABLES: Record<TemplateName, (keyof InviteVariables)[]> = {
  'session-invite': ['requesterName', 'organisationName', 'link'],
  'session-invite-colleague': ['requesterName', 'organisationName', 'link'],
};
