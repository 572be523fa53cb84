// Starts the EventSchema language server and connects VS Code to it.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** Where the server is: the setting, else the copy bundled in the extension, else `eventschema-lsp` on the PATH. */
function resolveServer(context) {
  const configured = vscode.workspace.getConfiguration('eventschema').get('server.path', '').trim();
  const bundled = context.asAbsolutePath(path.join('server', 'EventSchema.LanguageServer.dll'));
  const target = configured || (fs.existsSync(bundled) ? bundled : 'eventschema-lsp');
  return target.toLowerCase().endsWith('.dll')
    ? { command: 'dotnet', args: [target] }
    : { command: target, args: [] };
}

async function startClient(context) {
  const server = resolveServer(context);
  const serverOptions = { run: server, debug: server };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'eventschema' },
      { scheme: 'untitled', language: 'eventschema' },
    ],
    synchronize: {
      // Lock files too: the server reads a changed lock again and checks the schemas against it. Project files and
      // restore outputs: the server reads the contracts assemblies a project references from them.
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.eventschema'),
        vscode.workspace.createFileSystemWatcher('**/eventschema.lock.json'),
        vscode.workspace.createFileSystemWatcher('**/*.csproj'),
        vscode.workspace.createFileSystemWatcher('**/obj/project.assets.json'),
      ],
    },
  };
  client = new LanguageClient('eventschema', 'EventSchema', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(
      `The EventSchema language server did not start (${server.command}): ${error.message}. ` +
      'Set "eventschema.server.path" or install the server with "dotnet tool install -g EventSchema.LanguageServer".');
  }
}

/** Stops the client if it runs; one whose start failed has nothing to stop, and stop() would throw. */
async function stopClient() {
  const running = client;
  client = undefined;
  if (running && running.isRunning()) await running.stop();
}

async function restart(context) {
  await stopClient();
  await startClient(context);
}

async function activate(context) {
  context.subscriptions.push(vscode.commands.registerCommand('eventschema.restartServer', () => restart(context)));
  // A new server path takes effect without reloading the window.
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('eventschema.server.path')) return restart(context);
    return undefined;
  }));
  await startClient(context);
}

function deactivate() {
  return stopClient();
}

module.exports = { activate, deactivate };
