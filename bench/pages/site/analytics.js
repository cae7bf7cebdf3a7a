// The gated analytics script every tool on the bench page holds back until the visitor allows
// statistics. It stands in for Google Analytics: it only records when it ran (ms after
// navigation start) and says so on the console, where the bench listens.
window.benchGatedAt = performance.now();
console.log(`bench:gated ${window.benchGatedAt}`);
