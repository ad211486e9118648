/**
 * Measures search as a reader meets it, on the seed site and on synthetic sites (1,000 sections, or the
 * sizes in SECTIONS=1000,5000, built without share cards):
 * bytes fetched from opening the search page to the first results, by kind, and the time from a
 * keystroke to rendered results (median of many queries); and the bytes of a first search that is
 * misspelt and corrected, the vocabulary file it loads among them. Prints a Markdown table and writes it to
 * bench/search.md. Run with `npm run bench:search`; not part of `npm test` (timings are noisy).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { median } from './lib/bench/stats.ts';
import { syntheticCorpus } from './lib/synthetic-corpus.ts';
import { astroBuild, buildFolders } from './lib/astro-build.ts';
import { corpusQueries, measureSearches, misspeltQuery, type SearchBytesKind } from './lib/bench-browser.ts';
import { launchChromium } from './lib/chromium.ts';
import { writeContentTree } from './lib/content-tree.ts';
import { serveSite } from './lib/serve.ts';

/** What the input's debounce adds to every search (src/scripts/search-page.ts). */
const TYPING_PAUSE_MS = 180;
/** Sizes of synthetic site to measure: SECTIONS=1000,5000. */
const SYNTHETIC_SIZES = (process.env['SECTIONS'] ?? '1000').split(',').map(Number);

interface Measurement {
	site: string;
	sections: number;
	bytes: Record<SearchBytesKind, number>;
	firstSearchBytes: number;
	medianMs: number;
	queries: number;
	/** A first search that needs correcting: its query, the bytes it fetched in all, and those of the vocabulary. */
	corrected: { query: string; bytes: number; vocabulary: number };
}

async function measure(
	browser: Browser,
	site: string,
	sections: number,
	outDir: string,
	queries: string[],
	misspelt: string,
): Promise<Measurement> {
	const server = await serveSite(outDir);
	try {
		const { firstBytes: bytes, followUps } = await measureSearches(browser, server.origin, queries);
		// In a fresh page: a first search that is corrected, what it costs on top of the page.
		const { firstBytes: corrected } = await measureSearches(browser, server.origin, [misspelt]);
		const searchBytes = (fetched: Record<SearchBytesKind, number>) =>
			fetched.runtime + fetched.index + fetched.fragments + fetched.vocabulary;
		return {
			site,
			sections,
			bytes,
			firstSearchBytes: searchBytes(bytes),
			medianMs: median(followUps.map((search) => search.ms)),
			queries: followUps.length,
			corrected: { query: misspelt, bytes: searchBytes(corrected), vocabulary: corrected.vocabulary },
		};
	} finally {
		await server.close();
	}
}

function kilobytes(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main() {
	const browser = await launchChromium();
	const results: Measurement[] = [];
	try {
		console.log('Building the seed site…');
		const seedFolders = buildFolders();
		const seed = astroBuild(join(import.meta.dirname, '..', 'content'), seedFolders);
		if (seed.status !== 0) throw new Error(seed.output);
		const seedQueries = [
			'“the echo of war can be heard”',
			'serious consequences',
			'the best way to avert the crisis',
			'“spheres of influence”',
			'we represent 50% of the world’s GDP',
			'propaganda nonsense',
			'“countermeasures”',
			'fruitful',
			'Zelensky',
			'sanctions',
			'“red line”',
			'high-impact economic measures',
			'the threat on our western frontier',
			'russian foreign minister',
			'committed to finding a political',
			'half of the entire composition',
		];
		results.push(await measure(browser, 'Seed article', 6, seedFolders.outDir, seedQueries, 'Lavrow'));

		for (const sections of SYNTHETIC_SIZES) {
			console.log(`Generating and building a synthetic site of ${sections} sections…`);
			const content = mkdtempSync(join(tmpdir(), 'quoteline-synthetic-'));
			const tree = syntheticCorpus({ sections });
			writeContentTree(content, tree);
			const syntheticFolders = buildFolders();
			// Search fetches no card; at 5,000 sections drawing them took most of the build's half hour.
			const synthetic = astroBuild(content, syntheticFolders, { timeoutMs: 30 * 60_000, shareCards: false });
			if (synthetic.status !== 0) throw new Error(synthetic.output);
			results.push(
				await measure(
					browser,
					'Synthetic',
					sections,
					syntheticFolders.outDir,
					corpusQueries(tree, 16),
					misspeltQuery(tree),
				),
			);
		}
	} finally {
		await browser.close();
	}

	const table = [
		'| Site | Sections | First search: bytes fetched | of which runtime / index / fragments / vocabulary | Search page (HTML, CSS, JS) | Keystroke to results, median (after the 180 ms typing pause) | A corrected first search: bytes fetched (of which vocabulary) |',
		'| --- | ---: | ---: | --- | ---: | ---: | ---: |',
		...results.map(
			(r) =>
				`| ${r.site} | ${r.sections} | ${kilobytes(r.firstSearchBytes)} | ${kilobytes(r.bytes.runtime)} / ${kilobytes(r.bytes.index)} / ${kilobytes(r.bytes.fragments)} / ${kilobytes(r.bytes.vocabulary)} | ${kilobytes(r.bytes.page)} | ${Math.round(r.medianMs)} ms (${Math.round(r.medianMs - TYPING_PAUSE_MS)} ms), ${r.queries} queries | ${kilobytes(r.corrected.bytes)} (${kilobytes(r.corrected.vocabulary)}), “${r.corrected.query}” |`,
		),
	].join('\n');
	const report = `# Search benchmark\n\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:search\` in Debian Chromium (headless), served by \`astro preview\` on loopback without compression. Bytes are transfer sizes (headers and bodies). Timings drift with the machine's load: compare ratios, not absolutes.\n\n${table}\n`;
	mkdirSync(join(import.meta.dirname, '..', 'bench'), { recursive: true });
	writeFileSync(join(import.meta.dirname, '..', 'bench', 'search.md'), report);
	console.log(`\n${table}\n\nWritten to bench/search.md`);
}

await main();
