#!/usr/bin/env node
// The kakao-oauth command. Commands land with the CLI issue; until then it says so plainly.
const [command] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === 'help') {
  process.stdout.write('Usage: kakao-oauth <command>\n\nNo commands are available yet.\n');
  process.exit(0);
}
if (command === 'demo') {
  process.stderr.write('kakao-oauth demo: the emulator and the login flow are not built yet.\n');
  process.exit(0);
}
process.stderr.write(`kakao-oauth: unknown command ${JSON.stringify(command)}.\n`);
process.exit(2);
