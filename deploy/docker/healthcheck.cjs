'use strict';
// Docker HEALTHCHECK: exits 0 when GET /health/ready on the service's own HTTP port answers 2xx.
// Usage: node healthcheck.cjs <name of the port variable> <default port>
// (the gateway listens on PORT, the other services on HTTP_PORT; the defaults match their config).
const [portVariable, defaultPort] = process.argv.slice(2);
const port = process.env[portVariable] || defaultPort;

fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(4000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
