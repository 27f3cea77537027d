import { ApiClient, DEMO_ACCOUNTS, screenshot, testStack, useBrowser } from '@passerelle/testing';
import { randomInt } from 'node:crypto';

const { gatewayUrl } = testStack();
const browser = useBrowser();

describe('guest join page, links that cannot be used', () => {
  async function problemShown(path: string, name: string): Promise<string | null> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(`${gatewayUrl}${path}`);
      const problem = page.getByTestId('join-problem');
      await problem.waitFor();
      // A clear page, never an error dump.
      expect(await page.locator('body').textContent()).not.toMatch(/UNPROCESSABLE|NOT_FOUND|stack|Error:/);
      await screenshot(page, name);
      return problem.getAttribute('data-problem');
    } finally {
      await context.close();
    }
  }

  it('explains an unknown or tampered link', async () => {
    expect(await problemShown(`/join/${'A'.repeat(43)}`, 'issue3-guest-link-unknown')).toBe('not-found');
    expect(await problemShown('/join/not-a-token', 'issue3-guest-link-tampered')).toBe('not-found');
  });

  it('explains a revoked link', async () => {
    const requester = new ApiClient(gatewayUrl);
    await requester.login(DEMO_ACCOUNTS.requester);
    const phone = `+22177${randomInt(1_000_000, 9_999_999)}`;
    const created = await requester.post<{ id: string }>('/api/v1/invites', {
      kind: 'phone-only',
      invitee: { language: 'en', channel: 'sms', phone },
    });
    expect(created.status).toBe(201);
    const outbox = await requester.get<{ to: string; links: string[] }[]>('/api/v1/dev/outbox');
    const link = outbox.body.find((message) => message.to === phone)?.links[0];
    expect(link).toBeDefined();
    expect([200, 201]).toContain((await requester.post(`/api/v1/invites/${created.body.id}/revoke`)).status);

    expect(await problemShown(new URL(link!).pathname, 'issue3-guest-link-revoked')).toBe('revoked');
  });
});
