// A minimal SMTP server for the browser tests, so they can read the mails the console really
// sends: `node smtp-sink.mjs <port|0> <dir>` stores every message as <dir>/000001.json, … with
// {from, to, subject, body, raw, receivedAt} and prints `listening <port>` once it accepts
// connections. Plain SMTP only (no STARTTLS, no AUTH), which is what `smtp://` URLs speak.
import net from 'node:net';
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [portArg = '0', dir = 'mail'] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
// Continue numbering after mails already in the directory, so names stay sortable by arrival.
let count = Math.max(0, ...readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).map((f) => parseInt(f, 10)));

/// Bytes of a quoted-printable text given as a latin1 string (one char per byte).
function quotedPrintable(text) {
  const plain = text.replace(/[ \t]+(?=\r?\n)/g, '').replace(/=\r?\n/g, ''); // padding, soft breaks
  return Buffer.concat(plain.split(/(=[0-9A-Fa-f]{2})/).map((part) =>
    /^=[0-9A-Fa-f]{2}$/.test(part) ? Buffer.of(parseInt(part.slice(1), 16)) : Buffer.from(part, 'latin1')));
}

function decode(bytes, charset = 'utf-8') {
  try { return new TextDecoder(charset.replace(/\*.*$/, '')).decode(bytes); } // strip RFC 2231 language
  catch { return new TextDecoder('utf-8').decode(bytes); }
}

/// Header value with RFC 2047 encoded-words decoded. Adjacent words are joined before
/// decoding, since a sender may split one multi-byte character across two of them.
function decodeWords(value) {
  const word = /=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g;
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1') // whitespace between encoded-words is not text
    .replace(/(?:=\?[^?]+\?[bBqQ]\?[^?]*\?=)+/g, (run) => {
      let charset;
      const bytes = [...run.matchAll(word)].map(([, cs, enc, text]) => {
        charset ??= cs;
        return enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintable(text.replace(/_/g, ' '));
      });
      return decode(Buffer.concat(bytes), charset);
    });
}

/// Splits a message into lower-cased, unfolded headers and the decoded text body.
function parse(raw) {
  const split = raw.indexOf('\r\n\r\n');
  const head = split < 0 ? raw : raw.subarray(0, split);
  const content = split < 0 ? Buffer.alloc(0) : raw.subarray(split + 4);
  const headers = {};
  for (const line of head.toString('utf8').replace(/\r\n(?=[ \t])/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] ??= line.slice(colon + 1).trim();
  }
  const charset = /charset="?([^";\s]+)/i.exec(headers['content-type'] ?? '')?.[1] ?? 'utf-8';
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const bytes = encoding === 'quoted-printable' ? quotedPrintable(content.toString('latin1'))
    : encoding === 'base64' ? Buffer.from(content.toString('latin1').replace(/\s+/g, ''), 'base64')
    : content; // 7bit, 8bit, binary
  // Text lines end in CRLF on the wire; tests compare with the server's own \n text.
  return { subject: decodeWords(headers.subject ?? ''), body: decode(bytes, charset).replace(/\r\n/g, '\n') };
}

function store(from, to, raw) {
  count += 1;
  const name = String(count).padStart(6, '0') + '.json';
  const mail = { from, to, ...parse(raw), raw: raw.toString('utf8'), receivedAt: new Date().toISOString() };
  // Written aside and renamed, so a reader never sees half a file.
  writeFileSync(path.join(dir, name + '.tmp'), JSON.stringify(mail, null, 2));
  renameSync(path.join(dir, name + '.tmp'), path.join(dir, name));
  console.log(`stored ${name}: ${to.join(', ')}: ${mail.subject}`);
}

const address = (arg) => (/<([^>]*)>/.exec(arg)?.[1] ?? arg.trim().split(/\s+/)[0] ?? '');

const server = net.createServer((socket) => {
  let pending = Buffer.alloc(0); // bytes not yet ending in a line break
  let from = null;
  let to = [];
  let data = null; // lines of the message while inside DATA
  const reply = (text) => socket.write(text + '\r\n');

  function command(line) {
    const verb = line.slice(0, 4).toUpperCase();
    const arg = line.slice(line.indexOf(':') + 1);
    if (verb === 'EHLO') reply('250-127.0.0.1 smtp-sink\r\n250-8BITMIME\r\n250 SMTPUTF8');
    else if (verb === 'HELO') reply('250 127.0.0.1 smtp-sink');
    else if (verb === 'MAIL' && /^MAIL FROM:/i.test(line)) { from = address(arg); to = []; reply('250 OK'); }
    else if (verb === 'RCPT' && /^RCPT TO:/i.test(line)) {
      if (from === null) reply('503 MAIL first');
      else { to.push(address(arg)); reply('250 OK'); }
    } else if (verb === 'DATA') {
      if (!to.length) reply('503 RCPT first');
      else { data = []; reply('354 End data with <CR><LF>.<CR><LF>'); }
    } else if (verb === 'RSET') { from = null; to = []; reply('250 OK'); }
    else if (verb === 'NOOP') reply('250 OK');
    else if (verb === 'QUIT') { reply('221 Bye'); socket.end(); }
    else reply('502 Command not implemented');
  }

  function dataLine(line) {
    if (line.length === 1 && line[0] === 0x2e) { // "." alone ends the message
      try { store(from, to, Buffer.concat(data.flatMap((l) => [l, Buffer.from('\r\n')]))); reply('250 OK stored'); }
      catch (e) { console.error(e); reply('451 Could not store the message'); }
      data = null; from = null; to = [];
    } else data.push(line[0] === 0x2e ? line.subarray(1) : line); // undo dot-stuffing
  }

  socket.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    // Several commands may arrive in one chunk (pipelining), or one across chunks.
    for (let nl; (nl = pending.indexOf(0x0a)) >= 0;) {
      const line = pending.subarray(0, nl > 0 && pending[nl - 1] === 0x0d ? nl - 1 : nl);
      pending = pending.subarray(nl + 1);
      if (data) dataLine(line);
      else command(line.toString('utf8'));
    }
  });
  socket.on('error', () => {}); // a client hanging up is not the sink's problem
  reply('220 127.0.0.1 ESMTP smtp-sink');
});

server.listen(Number(portArg), '127.0.0.1', () => console.log(`listening ${server.address().port}`));
