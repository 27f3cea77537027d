/**
 * Keeps the deployment descriptions in step with the services' configuration. For every folder in
 * services/: the keys of its `configSchema` (services/<name>/src/config.ts) are documented in
 * .env.example and reach the service in docker-compose.yml and in k8s/, and nothing else is set for it
 * there (a stale variable is a setting someone believes in and nobody reads). Also: one Dockerfile target
 * per service, a k8s Deployment and Service with HTTP probes on the configured port, and a kustomization
 * that applies every manifest but no secret template.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Variables a deploy file may set for a service although no config schema declares them. */
const KNOWN_INFRA_VARIABLES = new Set<string>();

const services = readdirSync(join(root, 'services'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface ZodShape {
  [key: string]: { parse(value: unknown): unknown };
}

function configShape(service: string): ZodShape {
  const { configSchema } = require(join(root, 'services', service, 'src', 'config.ts')) as {
    configSchema?: { shape?: ZodShape };
  };
  if (!configSchema?.shape) throw new Error(`services/${service}/src/config.ts must export a zod object configSchema`);
  return configSchema.shape;
}

/** The gateway listens on PORT, every other service on HTTP_PORT. */
function portVariable(keys: string[]): string {
  const variable = ['HTTP_PORT', 'PORT'].find((key) => keys.includes(key));
  if (!variable) throw new Error('configSchema declares neither HTTP_PORT nor PORT');
  return variable;
}

/** Lines of the errors found: an empty list reads best in a failing expectation. */
function outside(keys: Iterable<string>, allowed: Set<string> | string[], where: string): string[] {
  const set = allowed instanceof Set ? allowed : new Set(allowed);
  return [...keys].filter((key) => !set.has(key)).map((key) => `${key} ${where}`);
}

// ---- .env.example --------------------------------------------------------------------------------
const envExampleKeys = new Set(
  read('.env.example')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((key): key is string => Boolean(key)),
);

// ---- Dockerfile ----------------------------------------------------------------------------------
const dockerfile = read('deploy/docker/Dockerfile');
/** Stage name → the stage's instructions. */
const dockerStages = new Map(
  dockerfile
    .split(/^(?=FROM\s)/im)
    .map((block) => [/^FROM\s+\S+\s+AS\s+([\w.-]+)/i.exec(block)?.[1], block] as const)
    .filter((entry): entry is readonly [string, string] => Boolean(entry[0])),
);

// ---- docker-compose.yml --------------------------------------------------------------------------
interface ComposeService {
  build?: { context?: string; dockerfile?: string; target?: string };
  environment?: Record<string, unknown> | string[];
  ports?: string[];
}
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };

function composeEnvironment(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((item) => [item.split('=')[0], item.slice(item.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value ?? '')]));
}

// ---- k8s/ ----------------------------------------------------------------------------------------
/** The fields this test reads, of Deployments, Services, ConfigMaps and Secrets. */
interface K8sObject {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: {
    template?: { spec?: { containers?: ContainerSpec[] } };
    ports?: { targetPort: number | string }[];
  };
  file: string;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    // Filled-in secrets (*.secret.yaml, git-ignored) are an operator's local copies, not the repository's.
    return /\.ya?ml$/.test(entry.name) && !/\.secret\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}
const k8sFiles = yamlFiles('k8s');
const k8sObjects: K8sObject[] = k8sFiles.flatMap((file) =>
  parseAllDocuments(read(file))
    .map((doc) => doc.toJS() as K8sObject | null)
    .filter((object): object is K8sObject => Boolean(object?.kind))
    .map((object) => ({ ...object, file })),
);
const k8sFind = (kind: string, name: string) =>
  k8sObjects.find((object) => object.kind === kind && object.metadata?.name === name);

interface ContainerSpec {
  name: string;
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string }[];
  envFrom?: { prefix?: string; configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: { httpGet?: { path: string; port: number | string } };
  livenessProbe?: { httpGet?: { path: string; port: number | string } };
}

/** Every variable the container receives, with where it comes from, and the references that resolve nowhere. */
function k8sEnvironment(container: ContainerSpec) {
  const variables = new Map<string, { from: string; value?: string }>();
  const unresolved: string[] = [];
  for (const item of container.env ?? []) variables.set(item.name, { from: 'env', value: item.value });
  for (const source of container.envFrom ?? []) {
    const [kind, name] = source.configMapRef ? ['ConfigMap', source.configMapRef.name] : ['Secret', source.secretRef?.name];
    const object = name ? k8sFind(kind, name) : undefined;
    if (!object) {
      unresolved.push(`envFrom ${kind} ${name}: no such ${kind} in k8s/`);
      continue;
    }
    for (const [key, value] of Object.entries({ ...object.data, ...object.stringData })) {
      const variable = `${source.prefix ?? ''}${key}`;
      if (!variables.has(variable)) variables.set(variable, { from: `${kind} ${name} (${object.file})`, value: String(value) });
    }
  }
  return { variables, unresolved };
}

function containerOf(service: string): ContainerSpec {
  const deployment = k8sFind('Deployment', service);
  if (!deployment) throw new Error(`no Deployment named ${service} in k8s/`);
  const containers = deployment.spec?.template?.spec?.containers ?? [];
  const container = containers.find((candidate) => candidate.name === service);
  if (!container) throw new Error(`Deployment ${service} has no container named ${service}`);
  return container;
}

function resolvePort(container: ContainerSpec, port: number | string | undefined): number | undefined {
  if (typeof port === 'number') return port;
  return container.ports?.find((candidate) => candidate.name === port)?.containerPort;
}

// ---------------------------------------------------------------------------------------------------
it('finds the services', () => {
  expect(services).toEqual(expect.arrayContaining(['gateway', 'identity', 'media']));
});

describe.each(services)('%s', (service) => {
  const keys = () => Object.keys(configShape(service)).sort();

  it('documents every config key in .env.example', () => {
    expect(outside(keys(), envExampleKeys, 'is missing from .env.example')).toEqual([]);
  });

  it('has its own Dockerfile target, whose HEALTHCHECK asks /health/ready on the default port', () => {
    const stage = dockerStages.get(service);
    expect(stage).toBeDefined();
    const variable = portVariable(keys());
    const defaultPort = String(configShape(service)[variable].parse(undefined));
    expect(stage).toMatch(/^HEALTHCHECK\b/m);
    expect(stage).toContain(`"${variable}", "${defaultPort}"`);
  });

  it('is built from its target in docker-compose.yml and receives exactly its config keys', () => {
    const entry = compose.services[service];
    expect(entry).toBeDefined();
    expect(entry.build).toMatchObject({ dockerfile: 'deploy/docker/Dockerfile', target: service });
    const env = Object.keys(composeEnvironment(entry));
    const where = `(docker-compose.yml services.${service}.environment)`;
    expect([
      ...outside(keys(), env, `is missing ${where}`),
      ...outside(env, new Set([...keys(), ...KNOWN_INFRA_VARIABLES]), `is not in its configSchema ${where}`),
    ]).toEqual([]);
  });

  it('has a k8s Deployment whose container receives exactly its config keys', () => {
    const { variables, unresolved } = k8sEnvironment(containerOf(service));
    const stale = [...variables]
      .filter(([variable]) => !keys().includes(variable) && !KNOWN_INFRA_VARIABLES.has(variable))
      .map(([variable, { from }]) => `${variable} is not in its configSchema (k8s: ${from})`);
    expect([
      ...unresolved,
      ...outside(keys(), new Set(variables.keys()), `is missing from k8s Deployment ${service} (env, or envFrom a ConfigMap/Secret)`),
      ...stale,
    ]).toEqual([]);
  });

  it('has k8s probes /health/ready and /health/live, and a Service, on its configured port', () => {
    const container = containerOf(service);
    const { variables } = k8sEnvironment(container);
    const configured = Number(variables.get(portVariable(keys()))?.value);
    expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
    expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
    expect(resolvePort(container, container.readinessProbe?.httpGet?.port)).toBe(configured);
    expect(resolvePort(container, container.livenessProbe?.httpGet?.port)).toBe(configured);

    const k8sService = k8sFind('Service', service);
    expect(k8sService).toBeDefined();
    const targets = (k8sService?.spec?.ports ?? []).map((port) => resolvePort(container, port.targetPort));
    expect(targets).toContain(configured);
  });
});

it('media publishes in docker-compose.yml the RTC port range it is configured with', () => {
  const media = compose.services.media;
  const env = composeEnvironment(media);
  const range = `${env.MEDIASOUP_RTC_MIN_PORT}-${env.MEDIASOUP_RTC_MAX_PORT}`;
  expect(media.ports).toEqual(expect.arrayContaining([`${range}:${range}/udp`, `${range}:${range}/tcp`]));
});

it('k8s/kustomization.yaml applies every manifest and no secret template', () => {
  const kustomization = parse(read('k8s/kustomization.yaml')) as { resources: string[] };
  const manifests = k8sFiles
    .map((file) => relative('k8s', file))
    .filter((file) => file !== 'kustomization.yaml' && !file.endsWith('.secret.example.yaml'));
  expect([...kustomization.resources].sort()).toEqual(manifests.sort());
});

it('k8s secrets are templates with placeholder values only', () => {
  const secrets = k8sObjects.filter((object) => object.kind === 'Secret');
  expect(secrets.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    expect(secret.file).toMatch(/\.secret\.example\.yaml$/);
    for (const value of Object.values({ ...secret.data, ...secret.stringData })) expect(value).toMatch(/REPLACE_/);
  }
});
