#!/usr/bin/env node
// Baton's CLI is TypeScript run directly by Node 24 (type stripping); this shim just loads it.
import "../src/cli/main.ts";
