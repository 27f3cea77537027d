import type { RequestDetail } from '@passerelle/contracts';

/** Every piece of text goes through here: names, form values and messages are what people typed. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—');

const ENTRY_LABELS: Record<RequestDetail['thread'][number]['kind'], string> = {
  message: 'Message',
  answer: 'Answer',
  'info-request': 'Information requested',
  document: 'Document added',
  sent: 'Sent to the queue',
  taken: 'Taken by the expert',
  released: 'Released to the queue',
  transferred: 'Transferred to a colleague',
  closed: 'Closed with a conclusion',
};

function formValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

function row(label: string, value: string): string {
  return `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

/** The request for the patient's record: self-contained HTML (no scripts, no external resources). */
export function renderRequestExportHtml(request: RequestDetail): string {
  const documents = new Map(request.documents.map((d) => [d.id, d.name]));
  const patient = request.patient;
  const form = request.formDefinition.fields.map((field) => row(field.label, formValue(request.form[field.key]))).join('');
  const thread = request.thread
    .map((entry) => {
      const text = entry.documentId ? documents.get(entry.documentId) ?? '' : entry.text ?? '';
      return `<li><div class="meta">${escapeHtml(when(entry.createdAt))} · ${escapeHtml(entry.authorName)} · ${escapeHtml(
        ENTRY_LABELS[entry.kind],
      )}</div>${text ? `<div class="text">${escapeHtml(text)}</div>` : ''}</li>`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tele-expertise request</title><style>
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;color:#1b1b1b}
h1{font-size:17pt;margin:0 0 4pt}h2{font-size:13pt;margin:16pt 0 6pt;border-bottom:1px solid #bbb}
table{border-collapse:collapse;width:100%}th{text-align:left;width:38%;font-weight:600;vertical-align:top;padding:2pt 6pt 2pt 0}
td{padding:2pt 0}ul{list-style:none;padding:0}li{margin:0 0 8pt}.meta{color:#555;font-size:9pt}.text{white-space:pre-wrap}
</style></head><body>
<h1>Tele-expertise request — ${escapeHtml(request.typeName)}</h1>
<table>${row('Request type', request.typeName)}${row('Destination service', request.queueName)}${row('Status', request.status)}${row(
    'Mode',
    request.mode === 'live' ? 'Live session' : 'Written answer',
  )}${row('Requester', request.requesterName)}${row('Expert', request.takenByName ?? '—')}${row('Created', when(request.createdAt))}${row(
    'Sent',
    when(request.sentAt),
  )}${row('First answer', when(request.firstAnsweredAt))}${row('Closed', when(request.closedAt))}</table>
<h2>Patient</h2>
<table>${row('Name', `${patient.lastName.toUpperCase()} ${patient.firstName}`)}${row('Date of birth', patient.birthDate)}${row(
    'Sex',
    patient.sex ?? '—',
  )}${row('Social-security number', patient.nirMasked)}${row('Identity', patient.identityStatus)}${row(
    'Consent',
    `${request.consent.givenBy === 'patient' ? 'Patient' : 'Legal representative'}, ${when(request.consent.recordedAt)}`,
  )}</table>
<h2>Form</h2><table>${form}</table>
<h2>Documents</h2>${
    request.documents.length
      ? `<ul>${request.documents.map((d) => `<li>${escapeHtml(d.name)} (${escapeHtml(d.mimeType)})</li>`).join('')}</ul>`
      : '<p>None</p>'
  }
<h2>Thread</h2><ul>${thread}</ul>
<h2>Conclusion</h2><p class="text">${escapeHtml(request.conclusion ?? '—')}</p>
</body></html>`;
}
