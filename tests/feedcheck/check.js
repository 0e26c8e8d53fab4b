'use strict';
// Parses one RSS or Atom file with feedparser (the parser many Node feed readers use) and prints,
// as JSON, what a feed reader sees. Exit code 1 (and a message on stderr) if the feed does not parse.
//
//   node check.js <feed-file>

const fs = require('fs');
const FeedParser = require('feedparser');

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node check.js <feed-file>\n');
  process.exit(2);
}

// Raw namespaced elements are objects ({'#': text, '@': attributes}) or arrays of them when repeated.
const list = (node) => (node === undefined || node === null ? [] : Array.isArray(node) ? node : [node]);
const text = (node) => (node && typeof node === 'object' ? node['#'] ?? null : node ?? null);

function authorsOf(item) {
  const dc = list(item['dc:creator']).map((c) => ({ name: text(c), url: null }));
  const atom = list(item['atom:author']).map((a) => ({
    name: text(a.name),
    url: text(a.uri),
  }));
  return dc.concat(atom);
}

const parser = new FeedParser({ resume_saxerror: false });
const items = [];
let meta = null;

// Lenient like real readers (strict sax mode would miss camelCase names such as pubDate); the .NET
// tests check well-formedness with XDocument. Whatever the parser still reports as an error fails here.
parser.on('error', (error) => {
  process.stderr.write('feed did not parse: ' + String(error && error.message ? error.message : error) + '\n');
  process.exit(1);
});
parser.on('meta', (m) => { meta = m; });
parser.on('readable', function onReadable() {
  let item;
  while ((item = this.read())) {
    items.push({
      guid: item.guid,
      title: item.title,
      link: item.link,
      permalink: item.permalink ?? null,
      pubdate: item.pubdate ? item.pubdate.toISOString() : null,
      author: item.author,
      authors: authorsOf(item),
      categories: item.categories,
      summary: item.summary,
      content: item.description,
      hasFullContent: Boolean(item['content:encoded'] || item['atom:content']),
    });
  }
});
parser.on('end', () => {
  if (meta === null) {
    process.stderr.write('feed did not parse: no feed metadata\n');
    process.exit(1);
  }
  const result = {
    type: meta['#type'],
    version: meta['#version'],
    title: meta.title,
    description: meta.description,
    link: meta.link,
    selfLink: meta.xmlurl,
    language: meta.language,
    copyright: meta.copyright,
    generator: meta.generator,
    updated: meta.date ? meta.date.toISOString() : null,
    items,
  };
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
});

fs.createReadStream(file).on('error', (error) => {
  process.stderr.write('cannot read ' + file + ': ' + error.message + '\n');
  process.exit(1);
}).pipe(parser);
