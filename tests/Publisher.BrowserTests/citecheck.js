// Parses a BibTeX or RIS file with citation-js (a real citation parser) and prints the CSL-JSON items it reads.
// Usage: node citecheck.js bibtex|ris <file>. Used by the browser tests to check the "Cite this article" downloads.
"use strict";
const fs = require("fs");
const { Cite } = require("@citation-js/core");
require("@citation-js/plugin-bibtex");
require("@citation-js/plugin-ris");

const [format, file] = process.argv.slice(2);
const types = { bibtex: "@bibtex/text", ris: "@ris/file" };
if (!types[format] || !file) {
  process.stderr.write("usage: node citecheck.js bibtex|ris <file>\n");
  process.exit(2);
}
const cite = new Cite(fs.readFileSync(file, "utf8"), { forceType: types[format] });
process.stdout.write(JSON.stringify(cite.data));
