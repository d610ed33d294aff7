#!/usr/bin/env node
// The bundle in dist/ is built by `npm install` (prepare) and `npm run build`.
import "../dist/main.js";
