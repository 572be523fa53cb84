// Parses an AsyncAPI document (resolving its file references) with the official parser and fails on
// any error diagnostic. Usage: node validate.js path/to/asyncapi.json
'use strict';

const { Parser, fromFile } = require('@asyncapi/parser');

async function main() {
  const file = process.argv[2];
  const { document, diagnostics } = await fromFile(new Parser(), file).parse();
  const errors = diagnostics.filter((d) => d.severity === 0);
  for (const d of diagnostics) console.log(`${['error', 'warning', 'info', 'hint'][d.severity]} ${d.code}: ${d.message} at ${JSON.stringify(d.path)}`);
  if (!document || errors.length > 0) {
    console.error(`${file}: invalid AsyncAPI document`);
    process.exitCode = 1;
    return;
  }
  const messages = document.allMessages().all().length;
  console.log(`${file}: valid AsyncAPI ${document.version()} document with ${messages} messages`);
}

main().catch((error) => { console.error(error); process.exitCode = 1; });
