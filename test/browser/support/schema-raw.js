// The committed schema.graphql as a string: what `import sdl from '…/schema.graphql?raw'` gives under Vite.
const fs = require('node:fs');
const path = require('node:path');

module.exports = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8');
