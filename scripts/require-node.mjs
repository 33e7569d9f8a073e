// Astro 7 needs Node >= 22.12. The `node` devDependency puts Node 24 first on PATH for npm scripts,
// so this only fails where that did not happen (the devDependency missing, or a script run outside
// npm with an old system Node). It is the one script in plain JavaScript: it must run on any Node,
// including one too old to read TypeScript, to say that Node is too old.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `contested: Node ${process.versions.node} is too old; Astro 7 needs >= 22.12.\n` +
      'Run scripts through npm (npm start, npm test) so the pinned Node 24 is used, or switch with `nvm use`.',
  );
  process.exit(1);
}
