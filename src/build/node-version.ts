/** Astro 7 needs Node ≥ 22.12; `npm run …` puts the pinned Node 24 from devDependencies first on PATH. */
export function requireModernNode(): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(
      `This needs Node ≥ 22.12 but runs on ${process.version}. Use the npm scripts (npm run build, npm test): ` +
        'they run the Node 24 that `npm ci` installs into node_modules/.bin.',
    );
    process.exit(1);
  }
}
