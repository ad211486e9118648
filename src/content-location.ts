/**
 * Where the build reads content from: `content/` in the project, or the folder named by
 * QUOTELINE_CONTENT (the build tests point it at fixtures).
 */
import { resolve } from 'node:path';

export const contentDir = resolve(process.env['QUOTELINE_CONTENT'] ?? 'content');
