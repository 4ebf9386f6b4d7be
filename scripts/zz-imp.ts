const t = performance.now();
await import('../utils/finish-reading');
console.log('import finish-reading', (performance.now() - t).toFixed(1));
