// Starts DuckDB-wasm's worker (its URL is this script's query) so that it compiles the engine
// straight from fetch(): the browser can then keep the compiled code for the next visit. DuckDB's
// own path pipes the response through a TransformStream into a new Response to count its bytes for
// a progress bar, and Chromium keeps no compiled code for such a response. Used on repeat visits only
// (the first one shows the download's progress). Only a script of this site is started.
'use strict';
var target = new URL(decodeURIComponent(self.location.search.slice(1)), self.location.href);
if (target.origin !== self.location.origin) throw new Error('engine-cached.worker.js starts only a script of this site');
self.TransformStream = undefined;
importScripts(target.href);
