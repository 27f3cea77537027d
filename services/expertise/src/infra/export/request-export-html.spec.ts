import type { RequestDetail } from '@passerelle/contracts';
import { renderRequestExportHtml } from './request-export-html';

const uuid = (n: number) => `60000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-11-30T10:15:00.000Z';

function request(overrides: Partial<RequestDetail> = {}): RequestDetail {
  return {
    id: uuid(1),
    status: 'closed',
    mode: 'async',
    typeId: uuid(2),
    typeName: 'Dermatology',
    queueId: uuid(3),
    queueName: 'Dermatology team',
    requesterUserId: uuid(4),
    requesterName: 'Amina Diallo',
    takenByUserId: uuid(5),
    takenByName: 'Dr. Louis Martin',
    language: 'fr',
    createdAt: at,
    sentAt: at,
    takenAt: at,
    firstAnsweredAt: at,
    closedAt: at,
    lastActivityAt: at,
    unread: false,
    sessionId: null,
    patient: {
      id: uuid(6),
      lastName: 'Lefèvre',
      firstName: 'Éloïse',
      birthDate: '1961-07-02',
      sex: 'female',
      nirMasked: '*********0123 45',
      identityStatus: 'unverified',
      consent: { givenBy: 'patient', recordedAt: at },
      createdByUserId: uuid(4),
      createdAt: at,
    },
    formDefinition: {
      fields: [
        { key: 'lesionLocation', label: 'Where is the lesion?', kind: 'text', required: true },
        { key: 'itching', label: 'Itching', kind: 'boolean', required: false },
      ],
    },
    form: { lesionLocation: '<script>alert(1)</script> left arm', itching: true },
    conclusion: 'Emollients; review in one month.',
    consent: { givenBy: 'patient', recordedAt: at, recordedByUserId: uuid(4) },
    documents: [{ id: uuid(7), name: 'forearm.png', mimeType: 'image/png', size: 1200, uploadedByUserId: uuid(4), createdAt: at }],
    thread: [
      { id: uuid(8), seq: 1, kind: 'document', authorUserId: uuid(4), authorName: 'Amina Diallo', authorRole: 'requester', text: null, documentId: uuid(7), createdAt: at },
      { id: uuid(9), seq: 2, kind: 'answer', authorUserId: uuid(5), authorName: 'Dr. Louis Martin', authorRole: 'expert', text: 'Nummular eczema.', documentId: null, createdAt: at },
    ],
    transfers: [],
    ...overrides,
  };
}

describe('request export HTML', () => {
  it('holds the type, identity, form, documents, thread and conclusion, with typed text escaped', () => {
    const html = renderRequestExportHtml(request());
    for (const expected of ['Dermatology', 'LEFÈVRE Éloïse', '1961-07-02', '*********0123 45', 'Where is the lesion?', 'Yes', 'forearm.png', 'Nummular eczema.', 'Answer', 'Emollients; review in one month.']) {
      expect(html).toContain(expected);
    }
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; left arm');
    expect(html).not.toContain('<script>');
  });

  it('loads nothing from outside (no scripts, links or remote images)', () => {
    const html = renderRequestExportHtml(request());
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
  });
});
