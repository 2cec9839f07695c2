/**
 * Every language the app speaks. Adding one: a shell table `./<lang>.ts` typed `ShellStrings`, a
 * table per scene (`src/scenes/<id>/strings.<lang>.ts`, registered in the scene's index.ts), and
 * the code in `LANGS` (src/lib/url.ts). test/i18n/keys.test.ts then checks every key is there.
 */
import type { Lang } from '../url';
import { en, type ShellStrings } from './en';
import { es } from './es';

export const TABLES: Record<Lang, ShellStrings> = { en, es };
export { fill, type ShellStrings } from './en';
