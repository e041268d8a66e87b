#!/usr/bin/env node
/** Fails the build when the initial JavaScript exceeds its budget or pulls in jsPDF. */
import { INITIAL_JS_BUDGET_KB, initialChunks } from './bundle-stats.mjs';

const chunks = initialChunks();
const totalKb = chunks.reduce((s, c) => s + c.gzipBytes, 0) / 1024;
const withJsPdf = chunks.filter((c) => /jsPDF|jspdf/.test(c.code)).map((c) => c.file);
console.log(
  `Initial JS: ${totalKb.toFixed(1)} KB gzip in ${chunks.length} file(s) (budget ${INITIAL_JS_BUDGET_KB} KB): ` +
    chunks.map((c) => `${c.file} ${(c.gzipBytes / 1024).toFixed(1)} KB`).join(', '),
);
let failed = false;
if (totalKb > INITIAL_JS_BUDGET_KB) {
  console.error(`Initial JS is over budget by ${(totalKb - INITIAL_JS_BUDGET_KB).toFixed(1)} KB gzip.`);
  failed = true;
}
if (withJsPdf.length) {
  console.error(`jsPDF must load lazily, but the initial bundle contains it: ${withJsPdf.join(', ')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
