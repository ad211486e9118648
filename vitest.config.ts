import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
			},
			{
				// Real `astro build` runs on fixture content: one at a time, on two cores.
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 180_000,
					hookTimeout: 180_000,
				},
			},
			{
				// The built site in dist/, served and read in Chromium.
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					fileParallelism: false,
					testTimeout: 180_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
