'use strict';

/*
 * Stand-in for the spdy package, put in restify's place by `overrides` in Meldwijzer's package.json.
 *
 * restify 11 requires spdy when it loads, but calls it only for createServer({ spdy }). spdy is unmaintained and
 * loads http-deceiver, whose process.binding('http_parser') prints DEP0111 at every start. restify's maintainers
 * merged a lazy require (restify/node-restify#1943, in no 11.x release) and removed spdy in restify 12 (#1998),
 * which needs Node 22; this stand-in gives restify 11 on Node 20 the same tree. Meldwijzer serves plain HTTP
 * behind the platform's TLS.
 *
 * package.json lists it as a dependency (file:vendor/spdy-unused) and overrides spdy with "$spdy": an override
 * written as a file: path directly is resolved from restify's folder by npm, and `npm ci` would then miss it.
 */
function createServer() {
  throw new Error('spdy is not installed (see vendor/spdy-unused): restify option "spdy" is not supported here; use "http2" or plain HTTP');
}

module.exports = { createServer: createServer };
