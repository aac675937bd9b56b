// Files for the upload tests, made in code: small valid PDF, PNG and JPEG files, a PDF of an
// exact size, and files that only pretend to be one.
'use strict';

const crypto = require('node:crypto');
const zlib = require('node:zlib');

const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest('hex');

// Escapes text for a PDF string literal.
function pdfString(s) {
  return '(' + String(s).replace(/[\\()]/g, (c) => '\\' + c) + ')';
}

// Assembles a PDF from its object bodies (1-based), with a correct xref table and trailer.
function pdfFromObjects(objects) {
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body), Buffer.from('\nendobj\n')]);
    offsets.push(offset);
    offset += obj.length;
    parts.push(obj);
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref));
  return Buffer.concat(parts);
}

function pdfWithPadding(text, padding) {
  const content = `BT /F1 14 Tf 72 770 Td ${pdfString(text)} Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  if (padding > 0) {
    // An unreferenced stream of filler: the file stays a well-formed PDF of any size.
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${padding} >>\nstream\n`), Buffer.alloc(padding, 0x20), Buffer.from('\nendstream')]));
  }
  return pdfFromObjects(objects);
}

// A one-page PDF saying `text`; with `size`, padded to exactly that many bytes.
function pdf(text = 'Surat Permohonan Pembinaan', size = 0) {
  const small = pdfWithPadding(text, 0);
  if (!size) return small;
  // The filler object adds its own framing: find the padding that gives exactly `size` bytes.
  let padding = Math.max(1, size - small.length - 64);
  for (let i = 0; i < 10; i++) {
    const got = pdfWithPadding(text, padding).length;
    if (got === size) return pdfWithPadding(text, padding);
    padding += size - got;
    if (padding < 1) throw new Error(`a PDF of ${size} bytes is too small to make`);
  }
  throw new Error(`could not make a PDF of exactly ${size} bytes`);
}

// ---- PNG: a 2x2 RGB image ----

function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

let crcTable = null;
function crc32(buf) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function png() {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0); // width
  ihdr.writeUInt32BE(2, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const rows = Buffer.from([0, 0xc0, 0x30, 0x20, 0x20, 0x80, 0x30, 0, 0x20, 0x30, 0xc0, 0xff, 0xff, 0xff]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- JPEG: a baseline 8x8 grey image with one-code Huffman tables ----

function segment(marker, data) {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

function jpeg() {
  const counts = (n) => { const c = Buffer.alloc(16); c[0] = n; return c; };
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]), // SOI
    segment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])), // APP0 JFIF
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])), // DQT 0: all ones
    segment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0])), // SOF0: 8x8, one component
    segment(0xc4, Buffer.concat([Buffer.from([0x00]), counts(1), Buffer.from([0x00])])), // DHT DC 0: "0" -> category 0
    segment(0xc4, Buffer.concat([Buffer.from([0x10]), counts(1), Buffer.from([0x00])])), // DHT AC 0: "0" -> EOB
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])), // SOS
    Buffer.from([0x3f]), // DC diff 0, EOB, padded with ones
    Buffer.from([0xff, 0xd9]), // EOI
  ]);
}

// ---- files that are not what their name says ----

// HTML saved under a .pdf name.
const htmlAsPdf = () => Buffer.from('<!DOCTYPE html>\n<html><head><title>Surat</title></head>\n<body><p>Ini bukan PDF.</p><script>alert(1)</script></body></html>\n');

// Plain text under a .pdf name.
const textAsPdf = () => Buffer.from('Surat permohonan pembinaan\nKepada Yth. Kepala Dinas\n'.repeat(8));

const MAX_FILE = 5 * 1024 * 1024; // 5242880

module.exports = { pdf, png, jpeg, htmlAsPdf, textAsPdf, sha256, MAX_FILE };
