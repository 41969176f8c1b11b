#!/usr/bin/env node
// Entry point of the `mingjing` CLI: registers tsx so the TypeScript sources run without a build step.
require('tsx/cjs');
require('../cli/main.ts');
