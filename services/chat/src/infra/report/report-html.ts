import type { Message, Participant } from '@passerelle/contracts';

export interface ReportInput {
  sessionId: string;
  createdAt: Date;
  startedAt: Date | null;
  terminatedAt: Date | null;
  status: string;
  participants: ReadonlyArray<Pick<Participant, 'displayName' | 'role' | 'kind'>>;
  messages: readonly Message[];
}

const ROLE_LABELS: Record<Participant['role'], string> = {
  requester: 'Health worker',
  patient: 'Patient',
  guest: 'Guest',
  colleague: 'Colleague',
  interpreter: 'Interpreter',
};

const EVENT_LABELS: Record<string, string> = {
  'session.started': 'Session started',
  'session.kept-open': 'Session terminated, kept open',
  'session.closed': 'Session closed',
};

/** Every piece of text in the report goes through here: names and messages are what people typed. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function dateTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function content(message: Message): string {
  if (message.kind === 'file' && message.file) {
    return `<span class="attachment">Attachment: ${escapeHtml(message.file.name)} (${size(message.file.size)})</span>`;
  }
  if (message.kind === 'event' && message.event) {
    return `<span class="event">${escapeHtml(EVENT_LABELS[message.event.type] ?? message.event.type)}</span>`;
  }
  return `<span class="text">${escapeHtml(message.text ?? '')}</span>`;
}

/**
 * The session report as a self-contained page: no script, no external resource (the CSP forbids both),
 * so printing it cannot reach the network.
 */
export function renderReportHtml(input: ReportInput): string {
  const participants = input.participants
    .map((p) => `<li>${escapeHtml(p.displayName)} <span class="muted">— ${ROLE_LABELS[p.role]}</span></li>`)
    .join('');
  const rows = input.messages
    .map(
      (m) =>
        `<tr><td class="time">${escapeHtml(m.createdAt.slice(11, 19))}</td>` +
        `<td class="author">${escapeHtml(m.author.displayName)}</td><td>${content(m)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Teleconsultation report</title>
<style>
  body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 11pt; color: #1b1f23; margin: 0; }
  h1 { font-size: 18pt; margin: 0 0 8pt; } h2 { font-size: 13pt; margin: 16pt 0 6pt; }
  dl { display: grid; grid-template-columns: max-content auto; gap: 2pt 12pt; margin: 0; } dt { font-weight: bold; }
  ul { margin: 0; padding-left: 16pt; } .muted { color: #57606a; }
  table { width: 100%; border-collapse: collapse; } td { padding: 3pt 6pt; border-bottom: 1px solid #d0d7de; vertical-align: top; }
  td.time { white-space: nowrap; color: #57606a; width: 1%; } td.author { white-space: nowrap; font-weight: bold; width: 1%; }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; } .event, .attachment { font-style: italic; }
</style></head>
<body>
<h1>Teleconsultation report</h1>
<dl>
  <dt>Session</dt><dd>${escapeHtml(input.sessionId)}</dd>
  <dt>Started</dt><dd>${input.startedAt ? dateTime(input.startedAt) : 'Not started'}</dd>
  <dt>Ended</dt><dd>${input.terminatedAt ? dateTime(input.terminatedAt) : 'Ongoing'}</dd>
  <dt>Status</dt><dd>${escapeHtml(input.status)}</dd>
  <dt>Created</dt><dd>${dateTime(input.createdAt)}</dd>
</dl>
<h2>Participants</h2>
<ul>${participants}</ul>
<h2>Transcript</h2>
${rows ? `<table>${rows}</table>` : '<p class="muted">No messages.</p>'}
</body></html>`;
}
