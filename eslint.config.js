// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', 'dist.*/', '.astro/', '.cache/', 'node_modules/'] },
	js.configs.recommended,
	...tseslint.configs.strict,
	...tseslint.configs.stylistic,
	...astro.configs.recommended,
	{
		files: ['**/*.mjs'],
		languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
	},
	{
		rules: {
			// Non-null assertions mark indexes the code has just checked; `noUncheckedIndexedAccess` asks for them.
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
);
