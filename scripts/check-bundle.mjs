#!/usr/bin/env node
/** Fails the build when the initial JavaScript or a route's JavaScript exceeds its budget, or the initial bundle pulls in jsPDF. */
import { INITIAL_JS_BUDGET_KB, initialChunks, ROUTE_CHUNKS, ROUTE_JS_BUDGETS_KB, ROUTE_JS_CEILINGS_KB, routeChunks } from './bundle-stats.mjs';

const kb = (chunks) => chunks.reduce((s, c) => s + c.gzipBytes, 0) / 1024;
let failed = false;

const chunks = initialChunks();
console.log(
  `Initial JS: ${kb(chunks).toFixed(1)} KB gzip in ${chunks.length} file(s) (budget ${INITIAL_JS_BUDGET_KB} KB): ` +
    chunks.map((c) => `${c.file} ${(c.gzipBytes / 1024).toFixed(1)} KB`).join(', '),
);
if (kb(chunks) > INITIAL_JS_BUDGET_KB) {
  console.error(`Initial JS is over budget by ${(kb(chunks) - INITIAL_JS_BUDGET_KB).toFixed(1)} KB gzip.`);
  failed = true;
}
const withJsPdf = chunks.filter((c) => /jsPDF|jspdf/.test(c.code)).map((c) => c.file);
if (withJsPdf.length) {
  console.error(`jsPDF must load lazily, but the initial bundle contains it: ${withJsPdf.join(', ')}`);
  failed = true;
}

for (const route of Object.keys(ROUTE_CHUNKS)) {
  const total = kb(routeChunks(route));
  const budget = ROUTE_JS_BUDGETS_KB[route];
  const ceiling = ROUTE_JS_CEILINGS_KB[route];
  const limits = [budget && `budget ${budget} KB`, ceiling && ceiling !== budget && `enforced ceiling ${ceiling} KB until then`].filter(Boolean).join(', ');
  console.log(`JS for ${route}: ${total.toFixed(1)} KB gzip${limits ? ` (${limits})` : ''}`);
  if (ceiling && total > ceiling) {
    console.error(`JS for ${route} is over its limit by ${(total - ceiling).toFixed(1)} KB gzip.`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
