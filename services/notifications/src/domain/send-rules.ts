import { DomainError, ErrorCode, ErrorBody, RpcCommand, e164Schema, emailSchema, notificationsSend } from '@passerelle/contracts';
import { REQUIRED_VARIABLES } from './templates/registry';

type SendCommand = RpcCommand<typeof notificationsSend>;

/**
 * What the contract cannot say alone: the recipient fits the channel, the template gets the variables it
 * needs, and the link is a web address (it becomes an href). Issues name paths, never values.
 */
export function checkSendCommand(command: SendCommand): void {
  const issues: NonNullable<ErrorBody['issues']> = [];
  const recipientOk =
    command.channel === 'email' ? emailSchema.safeParse(command.to).success : e164Schema.safeParse(command.to).success;
  if (!recipientOk) issues.push({ path: 'to', problem: `invalid_for_${command.channel}` });

  for (const name of REQUIRED_VARIABLES[command.template]) {
    if (!command.variables[name]?.trim()) issues.push({ path: `variables.${name}`, problem: 'required' });
  }
  const link = command.variables.link;
  if (link?.trim() && !isWebLink(link)) issues.push({ path: 'variables.link', problem: 'not_a_web_link' });

  if (issues.length > 0) throw new DomainError(ErrorCode.VALIDATION_FAILED, 'The message request is not valid', issues);
}

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
