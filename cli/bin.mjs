#!/usr/bin/env node
// One entry point for the command-line tools: `webrtc-security-checklist <command> [arguments]`.
// Each command lives in cli/<command>.ts and exports `main(argv): Promise<number>` (the exit code),
// or runs itself on import reading process.argv.slice(2); tsx runs the TypeScript directly (Node 20 cannot), with the repository's tsconfig for the `@/` alias.
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

const COMMANDS = {
  probe: 'Probe TURN servers for what a browser cannot test (anonymous relay, internal peers, TCP relay, TLS)',
  'coturn-lint': 'Review a coturn turnserver.conf against the checklist',
};

function usage(stream) {
  stream.write('Usage: webrtc-security-checklist <command> [arguments]\n\nCommands:\n');
  for (const [name, text] of Object.entries(COMMANDS)) stream.write(`  ${name.padEnd(12)} ${text}\n`);
  stream.write('\nRun "webrtc-security-checklist <command> --help" for a command\'s options.\n');
}

const [command, ...args] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h') {
  usage(command === undefined ? process.stderr : process.stdout);
  process.exit(command === undefined ? 2 : 0);
}
if (!Object.hasOwn(COMMANDS, command)) {
  process.stderr.write(`webrtc-security-checklist: unknown command "${command}"\n\n`);
  usage(process.stderr);
  process.exit(2);
}

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
// Registered after tsx, so it runs first: the alias must resolve in an installed copy too.
registerHooks(new URL('./alias-hooks.mjs', import.meta.url));
process.argv = [process.argv[0], fileURLToPath(new URL(`./${command}.ts`, import.meta.url)), ...args];
const mod = await import(new URL(`./${command}.ts`, import.meta.url).href);
if (typeof mod.main === 'function') process.exitCode = await mod.main(args);
