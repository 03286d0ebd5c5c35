// A fixture HTTP server on 127.0.0.1 that serves the --assets folder under a local prefix.
import { createReadStream, promises as fs } from "node:fs";
import http from "node:http";
import path from "node:path";

const contentTypes = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".svg": "image/svg+xml",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".mov": "video/quicktime",
  ".mp3": "audio/mpeg",
  ".wav": "audio/wav",
  ".ogg": "audio/ogg",
  ".m4a": "audio/mp4",
  ".aac": "audio/aac",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".json": "application/json",
};

/**
 * Starts the server. `localPrefix` is chosen to be exactly as long as `assetBaseUrl` when possible, so that
 * rewriting the scene source keeps every line and column where it was. Returns { localPrefix, requests, close }.
 */
export async function startAssetServer({ root, assetBaseUrl }) {
  const requests = [];
  let filler = "a";
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    requests.push(url.pathname);
    res.setHeader("Access-Control-Allow-Origin", "*");
    const prefix = `/${filler}/`;
    if ((req.method !== "GET" && req.method !== "HEAD") || !url.pathname.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let relative;
    try {
      relative = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.resolve(root, relative);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(404).end();
      return;
    }
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      stat = null;
    }
    if (!stat?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const headers = {
      "Content-Type": contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Accept-Ranges": "bytes",
    };
    // Media elements seek with Range requests; serve a single range.
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? "");
    if (range && (range[1] || range[2])) {
      let start = range[1] ? Number(range[1]) : Math.max(0, stat.size - Number(range[2]));
      let end = range[1] && range[2] ? Math.min(Number(range[2]), stat.size - 1) : stat.size - 1;
      if (start > end || start >= stat.size) {
        res.writeHead(416, { "Content-Range": `bytes */${stat.size}` }).end();
        return;
      }
      res.writeHead(206, { ...headers, "Content-Range": `bytes ${start}-${end}/${stat.size}`, "Content-Length": end - start + 1 });
      if (req.method === "HEAD") res.end();
      else createReadStream(file, { start, end }).pipe(res);
      return;
    }
    res.writeHead(200, { ...headers, "Content-Length": stat.size });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  filler = "a".repeat(Math.max(1, assetBaseUrl.length - origin.length - 2));
  return {
    localPrefix: `${origin}/${filler}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Replaces every occurrence of the public asset base URL with the local server's prefix. */
export function rewriteAssetUrls(source, assetBaseUrl, localPrefix) {
  return source.split(assetBaseUrl).join(localPrefix);
}
