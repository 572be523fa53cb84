// End-to-end test of the language server through a real LSP client (vscode-languageserver-protocol)
// over stdio, on the seed schemas: diagnostics, completion, hover, definition, rename and formatting.
//
// Usage: node test/lsp/e2e.js [path/to/EventSchema.LanguageServer.dll]
// (or set EVENTSCHEMA_SERVER). Exits non-zero on the first failed assertion.
'use strict';

const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, ShutdownRequest, ExitNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification,
  CompletionRequest, HoverRequest, DefinitionRequest, RenameRequest, DocumentFormattingRequest,
  ReferencesRequest, DocumentSymbolRequest,
} = require('vscode-languageserver-protocol/node');

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const serverPath = process.argv[2] || process.env.EVENTSCHEMA_SERVER
  || path.join(repoRoot, 'src', 'EventSchema.LanguageServer', 'bin', 'Debug', 'net10.0', 'EventSchema.LanguageServer.dll');
const TIMEOUT_MS = 60000;

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function positionOf(text, needle, offset = 0, occurrence = 1) {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `'${needle}' not found`);
  }
  index += offset;
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function applyEdits(text, edits) {
  const lines = text.split('\n');
  const offsetOf = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  for (const edit of sorted) {
    text = text.slice(0, offsetOf(edit.range.start)) + edit.newText + text.slice(offsetOf(edit.range.end));
  }
  return text;
}

const countWord = (text, word) => text.split('\n').map((l) => l.split('//')[0]).join('\n').split(new RegExp(`\\b${word}\\b`)).length - 1;

async function main() {
  assert.ok(fs.existsSync(serverPath), `server not built: ${serverPath}`);
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'eventschema-e2e-'));
  const seeds = path.join(repoRoot, 'schemas', 'diplomacy');
  for (const file of fs.readdirSync(seeds).filter((f) => f.endsWith('.eventschema'))) {
    fs.copyFileSync(path.join(seeds, file), path.join(workspace, file));
  }
  const uriOf = (name) => pathToFileURL(path.join(workspace, name)).href;
  const textOf = (name) => fs.readFileSync(path.join(workspace, name), 'utf8');

  const server = spawn('dotnet', [serverPath], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => server.on('exit', resolve));
  let serverLog = '';
  server.stderr.on('data', (chunk) => { serverLog += chunk; });
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));

  const diagnostics = new Map();
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    diagnostics.set(params.uri, params.diagnostics);
    for (const waiter of [...waiters]) {
      if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  const waitForDiagnostics = (uri, accept) => withTimeout(new Promise((resolve) => {
    if (diagnostics.has(uri) && accept(diagnostics.get(uri))) resolve(diagnostics.get(uri));
    else waiters.push({ uri, accept, resolve });
  }), `diagnostics for ${uri}`);
  connection.listen();

  try {
    const init = await withTimeout(connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      capabilities: {},
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'seeds' }],
    }), 'initialize');
    assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
    await connection.sendNotification(InitializedNotification.type, {});

    // Diagnostics: the seeds are clean; a typo in a type name is reported where it is, and fixing it clears it.
    const credentials = uriOf('credentials.eventschema');
    const credentialsText = textOf('credentials.eventschema');
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: credentials, languageId: 'eventschema', version: 1, text: credentialsText },
    });
    await waitForDiagnostics(credentials, (d) => d.length === 0);
    const typo = positionOf(credentialsText, 'ambassador: Official', 'ambassador: '.length);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: credentials, version: 2 },
      contentChanges: [{ range: { start: typo, end: { line: typo.line, character: typo.character + 1 } }, text: 'X' }],
    });
    const [error] = await waitForDiagnostics(credentials, (d) => d.length > 0);
    assert.match(String(error.code), /^ES\d{4}$/);
    assert.equal(error.severity, 1);
    assert.deepEqual(error.range.start, typo, 'the error starts at the misspelt name');
    assert.match(error.message, /Xfficial/);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: credentials, version: 3 },
      contentChanges: [{ text: credentialsText }],
    });
    await waitForDiagnostics(credentials, (d) => d.length === 0);

    // Completion: decorators after '@', types after ':'.
    const draft = uriOf('draft.eventschema');
    const draftText = 'namespace Diplomacy;\n\nevent SupportReaffirmed {\n  @\n  policy: \n}\n';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: draft, languageId: 'eventschema', version: 1, text: draftText },
    });
    const decorators = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draft }, position: positionOf(draftText, '@\n', 1) });
    const pattern = decorators.items.find((i) => i.label === 'pattern');
    assert.ok(pattern, 'pattern decorator offered');
    assert.equal(pattern.insertTextFormat, 2, 'as a snippet');
    const types = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draft }, position: positionOf(draftText, 'policy: ', 8) });
    const labels = types.items.map((i) => i.label);
    for (const expected of ['string', 'date', 'map', 'Official', 'CooperationArea']) assert.ok(labels.includes(expected), `type ${expected} offered`);

    // Hover: the resolved type with its doc comment.
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: credentials }, position: positionOf(credentialsText, 'sources: list<Attribution>', 16) });
    assert.match(hover.contents.value, /record Diplomacy\.Attribution/);

    // Definition: across files, onto the declared name.
    const [definition] = await connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: credentials }, position: positionOf(credentialsText, 'via: Official', 6) });
    assert.equal(definition.uri, uriOf('common.eventschema'));
    assert.deepEqual(definition.range.start, positionOf(textOf('common.eventschema'), 'record Official', 7));

    // References: every use, in every file.
    const references = await connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: credentials }, position: positionOf(credentialsText, 'via: Official', 6), context: { includeDeclaration: true },
    });
    const files = fs.readdirSync(workspace).filter((f) => f.endsWith('.eventschema') && f !== 'draft.eventschema');
    const uses = files.reduce((n, f) => n + countWord(textOf(f), 'Official'), 0);
    assert.equal(references.length, uses, 'every reference found');

    // Rename: the declaration and every use across files, and the result still binds.
    const rename = await connection.sendRequest(RenameRequest.type, { textDocument: { uri: credentials }, position: positionOf(credentialsText, 'from: Official', 7), newName: 'Envoy' });
    for (const file of files) {
      const text = textOf(file);
      const edits = rename.changes[uriOf(file)] || [];
      const renamed = applyEdits(text, edits);
      assert.equal(countWord(renamed, 'Official'), 0, `${file}: no Official left`);
      assert.equal(countWord(renamed, 'Envoy'), countWord(text, 'Official'), `${file}: every Official renamed`);
    }

    // Formatting: a messy document comes back canonical; the seeds need no edit.
    const messy = uriOf('messy.eventschema');
    const messyText = 'namespace Diplomacy;\nrecord Note{ text : string ;\n\n\n  @maxLength( 10 )  lang?:string; }\n';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: messy, languageId: 'eventschema', version: 1, text: messyText },
    });
    const formatting = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: messy }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(applyEdits(messyText, formatting), 'namespace Diplomacy;\n\nrecord Note {\n  text: string;\n\n  @maxLength(10) lang?: string;\n}\n');
    const seedFormatting = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: uriOf('common.eventschema') }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(seedFormatting.length, 0, 'seed schemas are already formatted');

    // Outline.
    const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: credentials } });
    assert.deepEqual(symbols.map((s) => s.name).slice(0, 2), ['CredentialsPresented', 'GreetingsConveyed']);

    await withTimeout(connection.sendRequest(ShutdownRequest.type), 'shutdown');
    await connection.sendNotification(ExitNotification.type);
    const code = await withTimeout(exited, 'server exit');
    assert.equal(code, 0, 'server exits cleanly after shutdown');
    console.log('LSP end-to-end: all checks passed');
  } catch (error) {
    console.error(`LSP end-to-end failed: ${error.stack || error}\n--- server log ---\n${serverLog}`);
    server.kill();
    process.exitCode = 1;
  } finally {
    connection.dispose();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main();
