// A stand-in SMS gateway for the browser tests: it speaks the request the console's HTTP
// SMS adapter sends (POST JSON {to, text}, optional bearer token) and stores each message as
// <dir>/000001.json, … with {to, text, authorization, receivedAt}. `node sms-sink.mjs
// <port|0> <dir>` prints `listening <port>` once it accepts requests.
import http from 'node:http';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [portArg = '0', dir = 'sms'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
let count = 0;

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') { res.writeHead(405).end(); return; }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let message;
    try { message = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { message = null; }
    if (!message || typeof message.to !== 'string' || typeof message.text !== 'string') {
      res.writeHead(400).end('bad request');
      return;
    }
    count += 1;
    const name = String(count).padStart(6, '0');
    const record = { to: message.to, text: message.text, authorization: req.headers.authorization ?? null, receivedAt: Date.now() };
    // Written whole, then renamed: a reader never sees half a message.
    const tmp = path.join(dir, `${name}.tmp`);
    writeFileSync(tmp, JSON.stringify(record));
    renameSync(tmp, path.join(dir, `${name}.json`));
    res.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":true}');
  });
});
server.listen(Number(portArg), '127.0.0.1', () => console.log(`listening ${server.address().port}`));
