// The upper bound: one page's HTML held in a Buffer and served by node:http with nothing
// else to do. Whatever the app does per request (routing, cache lookups, rendering,
// queries) shows up as the distance from this figure. Runs as its own process so it does
// not share an event loop with the load generator, as the app's server does not.
//   node scripts/bench/static-server.mjs <file.html>   → prints {"port":N} once listening
import fs from "node:fs";
import http from "node:http";

const body = fs.readFileSync(process.argv[2]);
const headers = {
  "content-type": "text/html; charset=utf-8",
  "content-length": body.length,
};
const server = http.createServer((request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
// Node's defaults close idle keep-alive sockets after 5 s; the load generator keeps its
// connections busy, so they stay open as they do against `next start`.
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => server.close(() => process.exit(0)));
