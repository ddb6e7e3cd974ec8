import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { FactsCache } from '../../server/src/core/analysis/facts';
import { ownedCopy } from '../../server/src/core/text/ownedCopy';

/**
 * The FactsCache leak of issue 12: entries keyed by block text sliced from the document kept,
 * through V8's sliced strings, every old version of the whole document alive. Measured as the
 * heap after a forced collection, which counts what is kept, not how long anything takes.
 */

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/** A document far larger than anything else the test keeps: its survival shows in the heap. */
const DOCUMENT_CHARS = 16 * 1024 * 1024;
/** Well under the document, well over what the cache's own entries take. */
const ALLOWED_GROWTH = 4 * 1024 * 1024;

function heapAfterCollection(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** A large document string built fresh (not a constant V8 could share), and a block sliced from it. */
function documentAndBlock(): { block: string } {
  const sentence = 'I led 140 staff through the 2023 consolidation of **three** regional offices. ';
  const document = `## ECQ 1: Leading Change\n\n${sentence.repeat(Math.ceil(DOCUMENT_CHARS / sentence.length))}${Math.random()}`;
  const start = document.indexOf('I led');
  return { block: document.slice(start, start + sentence.length * 20) };
}

suite('FactsCache keeps no document alive', () => {
  test('ownedCopy keeps only its own text', () => {
    const before = heapAfterCollection();
    const kept = ((): string => ownedCopy(documentAndBlock().block))();
    const growth = heapAfterCollection() - before;
    assert.ok(growth < ALLOWED_GROWTH, `heap grew ${(growth / 1048576).toFixed(1)} MiB`);
    assert.ok(kept.startsWith('I led'));
  });

  test('entries stored from a block sliced from a document do not keep the document', () => {
    const cache = new FactsCache();
    const before = heapAfterCollection();
    ((): void => {
      const { block } = documentAndBlock();
      cache.beginAnalysis();
      const masked = cache.mask(block, { markdown: true });
      cache.get(masked.prose);
    })();
    const growth = heapAfterCollection() - before;
    assert.equal(cache.size, 1);
    assert.ok(growth < ALLOWED_GROWTH, `heap grew ${(growth / 1048576).toFixed(1)} MiB with the cache holding one block`);
  });
});
