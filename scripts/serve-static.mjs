/**
 * node scripts/serve-static.mjs DIR PORT [MOUNT]: serves a built site from DIR on 127.0.0.1:PORT under
 * the path MOUNT (default "/"), like any static host would. Used by the browser tests, so the test
 * run needs no framework server. Directory paths serve their index.html; nothing outside DIR is served.
 */
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

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

createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = "";
  }
  if (`${path}/` === prefix) path = prefix;
  if (!path.startsWith(prefix)) return send(res, 404, "text/plain", "Not found");
  const file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root)) return send(res, 403, "text/plain", "Forbidden");
  try {
    const info = await stat(file);
    const target = info.isDirectory() ? join(file, "index.html") : file;
    const body = await readFile(target);
    send(res, 200, TYPES[extname(target)] ?? "application/octet-stream", body);
  } catch {
    send(res, 404, "text/plain", "Not found");
  }
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`);
});

function send(res, status, type, body) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}
