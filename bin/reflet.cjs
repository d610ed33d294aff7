#!/usr/bin/env node
// The bundle in dist/ is built by `npm install` (prepare) and `npm run build`.
require("../dist/main.cjs");
