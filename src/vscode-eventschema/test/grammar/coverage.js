// Tokenizes every schema under the repository's schemas/ folder with the TextMate grammar and fails
// when any non-blank character gets no scope of its own (only the file's or a region's meta scope):
// the grammar then missed a construct that real schemas use.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const extensionRoot = path.resolve(__dirname, '..', '..');
const schemasRoot = path.resolve(process.argv[2] || path.join(extensionRoot, '..', '..', 'schemas'));

function schemaFiles(folder) {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'invalid' ? [] : schemaFiles(full);
    return entry.name.endsWith('.eventschema') ? [full] : [];
  });
}

async function main() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== 'source.eventschema') return null;
      const file = path.join(extensionRoot, 'syntaxes', 'eventschema.tmLanguage.json');
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('source.eventschema');

  const files = schemaFiles(schemasRoot);
  if (files.length === 0) throw new Error(`no schemas under ${schemasRoot}`);
  const problems = [];
  for (const file of files) {
    let stack = vsctm.INITIAL;
    fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, index) => {
      const result = grammar.tokenizeLine(line, stack);
      for (const token of result.tokens) {
        const text = line.slice(token.startIndex, token.endIndex);
        if (text.trim() === '') continue;
        const own = token.scopes.filter((s) => !s.startsWith('source.') && !s.startsWith('meta.'));
        if (own.length === 0) problems.push(`${path.relative(schemasRoot, file)}:${index + 1}:${token.startIndex + 1} '${text}' has only ${token.scopes.join(' ')}`);
      }
      stack = result.ruleStack;
    });
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
    return;
  }
  console.log(`grammar coverage: every token of ${files.length} schemas has a scope`);
}

main().catch((error) => { console.error(error); process.exitCode = 1; });
