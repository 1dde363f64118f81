#!/usr/bin/env node
// The kakao-oauth command. Commands land with the CLI issue; until then it says so plainly.
const [command] = process.argv.slice(2);
if (command === 'demo') {
  process.stderr.write('kakao-oauth demo: the emulator and the login flow are not built yet.\n');
  process.exit(0);
}
process.stderr.write('kakao-oauth: no commands are available yet.\n');
process.exit(command === undefined ? 0 : 2);
