/**
 * node scripts/serve-static.mjs DIR PORT [MOUNT]: serves a built site from DIR on 127.0.0.1:PORT under
 * the path MOUNT (default "/"), like any static host would. Used by the browser tests, so the test
 * run needs no framework server. Directory paths serve their index.html; nothing outside DIR is served.
 * Text is compressed (brotli or gzip, by Accept-Encoding) as every real host does, and the hashed files
 * under _astro/ are cached for good, so Lighthouse measures the page a reader would get.
 */
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

const [dir = "dist", port = "4321", mount = "/"] = process.argv.slice(2);
const root = resolve(dir);
const prefix = mount.endsWith("/") ? mount : `${mount}/`;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};
// Fonts and images are compressed already; compressing them again only costs time.
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".svg", ".json", ".txt", ".xml"]);
const ENCODERS = {
  br: promisify((body, done) => brotliCompress(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }, done)),
  gzip: promisify((body, done) => gzip(body, { level: 9 }, done)),
};
/** Compressed bodies by file, modification time and encoding: each is made once, like a host's precompressed files. */
const compressed = new Map();

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = "";
  }
  if (`${path}/` === prefix) path = prefix;
  if (!path.startsWith(prefix)) return fail(res, 404, "Not found");
  const file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root)) return fail(res, 403, "Forbidden");
  let target, info;
  try {
    info = await stat(file);
    target = info.isDirectory() ? join(file, "index.html") : file;
    if (target !== file) info = await stat(target);
  } catch {
    return fail(res, 404, "Not found");
  }
  const ext = extname(target);
  const headers = {
    "content-type": TYPES[ext] ?? "application/octet-stream",
    // Astro names everything in _astro/ by its content hash, so a changed file is a new URL.
    "cache-control": path.slice(prefix.length).startsWith("_astro/") ? "public, max-age=31536000, immutable" : "no-store",
  };
  try {
    if (!COMPRESSIBLE.has(ext)) return send(res, 200, headers, await readFile(target));
    headers.vary = "Accept-Encoding";
    const encoding = pickEncoding(req.headers["accept-encoding"]);
    if (!encoding) return send(res, 200, headers, await readFile(target));
    const key = `${target}\0${info.mtimeMs}\0${encoding}`;
    if (!compressed.has(key)) compressed.set(key, readFile(target).then(ENCODERS[encoding]));
    const body = await compressed.get(key).catch((error) => {
      compressed.delete(key);
      throw error;
    });
    send(res, 200, { ...headers, "content-encoding": encoding }, body);
  } catch {
    fail(res, 404, "Not found");
  }
});
// A client that reuses an idle keep-alive connection just as the server closes it gets "socket hang up"
// (ECONNRESET). Node closes idle connections after 5 s, short enough for a loaded test machine to hit;
// a minute makes a test client's reuse all but certain to find the connection still open.
server.keepAliveTimeout = 60_000;
server.listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`);
});

/** pickEncoding(header) is "br" or "gzip" if the client accepts it (brotli first), else null. */
function pickEncoding(header = "") {
  const accepted = new Map();
  for (const part of String(header).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return ok("br") ? "br" : ok("gzip") ? "gzip" : null;
}

function fail(res, status, text) {
  send(res, status, { "content-type": "text/plain", "cache-control": "no-store" }, text);
}

function send(res, status, headers, body) {
  res.writeHead(status, { ...headers, "content-length": Buffer.byteLength(body) });
  res.end(body);
}
