import { Message } from '@passerelle/contracts';
import { escapeHtml, renderReportHtml } from './report-html';

const author = { participantId: '10000000-0000-4000-8000-000000000001', displayName: 'Amina <b>Diallo</b>', role: 'requester' as const };
const message = (overrides: Partial<Message>): Message => ({
  id: '20000000-0000-4000-8000-000000000001',
  cursor: '1',
  author,
  kind: 'text',
  text: null,
  file: null,
  event: null,
  createdAt: '2026-11-22T10:04:05.000Z',
  ...overrides,
});

describe('report html', () => {
  const html = renderReportHtml({
    sessionId: '30000000-0000-4000-8000-000000000001',
    status: 'closed',
    createdAt: new Date('2026-11-22T09:58:00Z'),
    startedAt: new Date('2026-11-22T10:00:00Z'),
    terminatedAt: new Date('2026-11-22T10:30:00Z'),
    participants: [
      { displayName: 'Amina <b>Diallo</b>', role: 'requester', kind: 'staff' },
      { displayName: 'Jean "Jo" O\'Neil', role: 'patient', kind: 'guest' },
    ],
    messages: [
      message({ kind: 'event', event: { type: 'session.started', data: {} } }),
      message({ text: '<script>alert(1)</script> & hello' }),
      message({ kind: 'file', file: { id: '40000000-0000-4000-8000-000000000001', name: '<img src=x>.png', mimeType: 'image/png', size: 2048 } }),
    ],
  });

  it('escapes everything people typed', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Diallo');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; hello');
    expect(html).toContain('Jean &quot;Jo&quot; O&#39;Neil');
  });

  it('shows the start, the participants as entered, the transcript and attachment names', () => {
    expect(html).toContain('2026-11-22 10:00 UTC');
    expect(html).toContain('Amina &lt;b&gt;Diallo&lt;/b&gt; <span class="muted">— Health worker</span>');
    expect(html).toContain('Session started');
    expect(html).toContain('10:04:05');
    expect(html).toContain('Attachment: &lt;img src=x&gt;.png (2 KB)');
  });
});
