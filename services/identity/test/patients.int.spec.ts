// Patient identities through the gateway, as the requester portal uses them: creation with the NIR key
// checked, exact / approximate / phonetic search, isolation between organisations, and the read audit.
import { ApiClient, DEMO_ACCOUNTS, eventually, randomNir, testStack } from '@passerelle/testing';
import { hash } from 'argon2';
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

const { gatewayUrl, databaseUrl, logDir } = testStack();

interface PatientView {
  id: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: string | null;
  nirMasked: string;
  identityStatus: string;
  consent: { givenBy: string; recordedAt: string };
  createdByUserId: string;
}
interface ErrorBody {
  code: string;
  message: string;
  issues?: { path: string; problem: string }[];
}

function wrongKey(nir: string): string {
  const key = Number(nir.slice(13));
  return nir.slice(0, 13) + String((key % 97) + 1).padStart(2, '0');
}

const consent = () => ({ givenBy: 'patient', recordedAt: new Date().toISOString() });

let requester: ApiClient;
let expert: ApiClient;
let otherOrganisation: ApiClient;
let db: Client;
let requesterId: string;

async function createPatient(api: ApiClient, body: Record<string, unknown>) {
  const response = await api.post<PatientView>('/api/v1/patients', { consent: consent(), ...body });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function search(api: ApiClient, query: Record<string, string>) {
  const response = await api.get<{ items: (PatientView & { score: number })[] }>(`/api/v1/patients?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return response.body.items;
}

beforeAll(async () => {
  db = new Client({ connectionString: databaseUrl });
  await db.connect();
  requester = new ApiClient(gatewayUrl);
  requesterId = (await requester.login(DEMO_ACCOUNTS.requester)).user.id;
  expert = new ApiClient(gatewayUrl);
  await expert.login(DEMO_ACCOUNTS.expert);

  // A second organisation, which the demo does not have: created directly, as an administrator would.
  const password = `other-org-${randomUUID()}`;
  const {
    rows: [organisation],
  } = await db.query<{ id: string }>(`INSERT INTO identity.organisations (name) VALUES ('Other Health Centre') RETURNING id`);
  const email = `requester-${randomUUID()}@other.test`;
  await db.query(
    `INSERT INTO identity.staff_users (organisation_id, email, display_name, password_hash, roles) VALUES ($1, $2, 'Other requester', $3, '{requester}')`,
    [organisation!.id, email, await hash(password)],
  );
  otherOrganisation = new ApiClient(gatewayUrl);
  await otherOrganisation.login(email, password);
});

afterAll(async () => {
  await db?.end();
});

describe('patient identities', () => {
  it('creates an unverified identity with its consent, the NIR masked in the answer', async () => {
    const nir = randomNir();
    const response = await requester.post<PatientView>('/api/v1/patients', {
      lastName: 'Dupont',
      firstName: 'Jeanne',
      birthDate: '1984-03-12',
      sex: 'female',
      nir: `${nir.slice(0, 1)} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}`,
      consent: { givenBy: 'legal-representative', recordedAt: '2026-11-20T09:30:00+01:00' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      lastName: 'Dupont',
      firstName: 'Jeanne',
      birthDate: '1984-03-12',
      sex: 'female',
      identityStatus: 'unverified',
      consent: { givenBy: 'legal-representative', recordedAt: '2026-11-20T08:30:00.000Z' },
      createdByUserId: requesterId,
      nirMasked: `*********${nir.slice(9, 13)} ${nir.slice(13)}`,
    });
    expect(JSON.stringify(response.body)).not.toContain(nir);

    const { rows } = await db.query(`SELECT nir_encrypted, nir_hmac FROM identity.patient_identities WHERE id = $1`, [response.body.id]);
    expect(rows[0].nir_encrypted).not.toContain(nir);
    expect(rows[0].nir_hmac).not.toContain(nir);

    const read = await requester.get<PatientView>(`/api/v1/patients/${response.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(response.body);
  });

  it('refuses the same NIR twice in one organisation', async () => {
    const nir = randomNir();
    await createPatient(requester, { lastName: 'Moreau', firstName: 'Paul', birthDate: '1970-01-01', nir });
    const again = await requester.post<ErrorBody>('/api/v1/patients', {
      lastName: 'Moreau',
      firstName: 'Paul',
      birthDate: '1970-01-01',
      nir,
      consent: consent(),
    });
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).not.toContain(nir);
  });

  it('refuses a wrong NIR key without echoing the number in the answer or the logs', async () => {
    const nir = wrongKey(randomNir());
    const response = await requester.post<ErrorBody>('/api/v1/patients', {
      lastName: 'Garnier',
      firstName: 'Lucie',
      birthDate: '1990-05-05',
      nir,
      consent: consent(),
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.issues).toEqual([{ path: 'nir', problem: 'invalid_key' }]);
    expect(JSON.stringify(response.body)).not.toContain(nir);
    expect(JSON.stringify(response.body)).not.toContain(nir.slice(0, 13));

    // The gateway logs each request once it is answered: wait for this refusal's line, then read all logs.
    await eventually(
      async () => (/"method":"POST","path":"\/api\/v1\/patients"\},"res":\{"statusCode":400/.test(readFileSync(join(logDir, 'gateway.log'), 'utf8')) ? true : undefined),
      'the refused creation in the gateway log',
    );
    for (const file of readdirSync(logDir).filter((name) => name.endsWith('.log'))) {
      const log = readFileSync(join(logDir, file), 'utf8');
      expect({ file, hasNir: log.includes(nir.slice(0, 13)) }).toEqual({ file, hasNir: false });
      expect({ file, hasName: log.includes('Garnier') }).toEqual({ file, hasName: false });
    }
  });

  it('finds a name with a typo by approximate search, and only the exact spelling by exact search', async () => {
    const patient = await createPatient(requester, { lastName: 'Dupont', firstName: 'Marcel', birthDate: '1951-07-14', nir: randomNir() });

    const approximate = await search(requester, { lastName: 'Dupnot', mode: 'approximate' });
    expect(approximate.map((item) => item.id)).toContain(patient.id);
    const hit = approximate.find((item) => item.id === patient.id)!;
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.score).toBeLessThan(1);

    const withBirthDate = await search(requester, { lastName: 'Dupnot', firstName: 'Marcle', birthDate: '1951-07-14', mode: 'approximate' });
    expect(withBirthDate.map((item) => item.id)).toEqual([patient.id]);

    expect((await search(requester, { lastName: 'dupont', firstName: 'MARCEL', mode: 'exact' })).map((item) => item.id)).toEqual([patient.id]);
    expect(await search(requester, { lastName: 'Dupnot', firstName: 'Marcel', mode: 'exact' })).toEqual([]);
  });

  it('finds names that sound alike by phonetic search, either way round', async () => {
    const dupond = await createPatient(requester, { lastName: 'Dupond', firstName: 'Étienne', birthDate: '1962-02-02', nir: randomNir() });
    const lefebvre = await createPatient(requester, { lastName: 'Lefebvre', firstName: 'Anne', birthDate: '1975-10-30', nir: randomNir() });
    const lefevre = await createPatient(requester, { lastName: 'Lefèvre', firstName: 'Hugo', birthDate: '1988-12-01', nir: randomNir() });

    const soundsLikeDupont = await search(requester, { lastName: 'Dupont', mode: 'phonetic', limit: '50' });
    expect(soundsLikeDupont.map((item) => item.id)).toContain(dupond.id);
    expect(soundsLikeDupont.every((item) => ['Dupont', 'Dupond'].includes(item.lastName))).toBe(true);

    expect((await search(requester, { lastName: 'Dupond', firstName: 'Etienne', mode: 'phonetic' })).map((i) => i.id)).toEqual([dupond.id]);

    const soundsLikeLefevre = (await search(requester, { lastName: 'Lefèvre', mode: 'phonetic' })).map((item) => item.id);
    expect(soundsLikeLefevre).toEqual(expect.arrayContaining([lefebvre.id, lefevre.id]));
    // The closest spelling ranks first.
    expect(soundsLikeLefevre[0]).toBe(lefevre.id);
    const soundsLikeLefebvre = (await search(requester, { lastName: 'Lefebvre', mode: 'phonetic' })).map((item) => item.id);
    expect(soundsLikeLefebvre).toEqual(expect.arrayContaining([lefebvre.id, lefevre.id]));
    expect(soundsLikeLefebvre[0]).toBe(lefebvre.id);

    expect(await search(requester, { lastName: 'Bernard', mode: 'phonetic' })).toEqual([]);
  });

  it('keeps identities inside their organisation', async () => {
    const nir = randomNir();
    const patient = await createPatient(requester, { lastName: 'Rousseau', firstName: 'Claire', birthDate: '1999-09-09', nir });

    for (const mode of ['exact', 'approximate', 'phonetic']) {
      expect(await search(otherOrganisation, { lastName: 'Rousseau', mode })).toEqual([]);
    }
    const read = await otherOrganisation.get<ErrorBody>(`/api/v1/patients/${patient.id}`);
    expect(read.status).toBe(404);

    // The same person may be registered by another organisation: uniqueness is per organisation.
    const own = await createPatient(otherOrganisation, { lastName: 'Rousseau', firstName: 'Claire', birthDate: '1999-09-09', nir });
    expect((await search(otherOrganisation, { lastName: 'Rousseau', mode: 'exact' })).map((item) => item.id)).toEqual([own.id]);

    // Any staff role of the organisation may read it.
    expect((await expert.get(`/api/v1/patients/${patient.id}`)).status).toBe(200);
  });

  it('audits every read of an identity, by ids only', async () => {
    const patient = await createPatient(requester, { lastName: 'Fontaine', firstName: 'Léa', birthDate: '2001-04-04', nir: randomNir() });
    const audit = async () =>
      (
        await db.query<{ action: string; actor_user_id: string }>(
          `SELECT action, actor_user_id FROM identity.patient_audit WHERE patient_id = $1 ORDER BY at, action`,
          [patient.id],
        )
      ).rows;
    expect(await audit()).toEqual([{ action: 'create', actor_user_id: requesterId }]);

    expect((await requester.get(`/api/v1/patients/${patient.id}`)).status).toBe(200);
    expect((await search(requester, { lastName: 'Fontaine', firstName: 'Lea', mode: 'exact' })).map((item) => item.id)).toEqual([patient.id]);
    expect((await otherOrganisation.get(`/api/v1/patients/${patient.id}`)).status).toBe(404);

    const actions = (await audit()).map((row) => `${row.action}:${row.actor_user_id === requesterId ? 'requester' : 'someone else'}`);
    expect(actions.sort()).toEqual(['create:requester', 'read:requester', 'search-result:requester']);

    const { rows: columns } = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'identity' AND table_name = 'patient_audit'`,
    );
    expect(columns.map((c) => c.column_name).sort()).toEqual(['action', 'actor_user_id', 'at', 'id', 'organisation_id', 'patient_id']);
  });

  it('refuses callers without an access token and malformed input', async () => {
    expect((await requester.get('/api/v1/patients?lastName=Dupont', { token: null })).status).toBe(401);
    const noName = await requester.get<ErrorBody>('/api/v1/patients?birthDate=1984-03-12');
    expect(noName.status).toBe(400);
    const badShape = await requester.post<ErrorBody>('/api/v1/patients', {
      lastName: 'Petit',
      firstName: 'Noé',
      birthDate: '1984-02-30',
      nir: '12345',
      consent: consent(),
    });
    expect(badShape.status).toBe(400);
    expect(badShape.body.issues?.map((issue) => issue.path).sort()).toEqual(['birthDate', 'nir']);
    expect(JSON.stringify(badShape.body)).not.toContain('12345');
  });
});
