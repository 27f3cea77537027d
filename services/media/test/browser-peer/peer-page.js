// The peer page of the media tests and of bench/calls.bench.mjs (CommonJS so that both can load it):
// peer.mjs bundled with mediasoup-client (the web apps' own copy, from libs/web-kit) by the esbuild that
// vite ships, served on 127.0.0.1 (a secure context, so getUserMedia gets Chromium's fake devices).
'use strict';
const { createServer } = require('node:http');
const { realpathSync } = require('node:fs');
const { join } = require('node:path');

const webKit = join(__dirname, '../../../../libs/web-kit');

async function bundlePeerScript() {
  const esbuild = require(require.resolve('esbuild', { paths: [realpathSync(join(webKit, 'node_modules/vite'))] }));
  const result = await esbuild.build({
    entryPoints: [join(__dirname, 'peer.mjs')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome110',
    write: false,
    logLevel: 'silent',
    nodePaths: [join(webKit, 'node_modules')],
  });
  return result.outputFiles[0].text;
}

async function servePeerPage(script) {
  const server = createServer((request, response) => {
    if (request.url === '/peer.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>peer</title><script src="/peer.js"></script>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, server };
}

module.exports = { bundlePeerScript, servePeerPage };
