/**
 * The language on screen, one reactive value for the whole app: components read `i18n.t` (the
 * shell words) and re-render when it changes; the Shell's `lang` reads and writes it too.
 */
import type { Lang } from '../url';
import { TABLES, type ShellStrings } from './index';

let lang = $state<Lang>('en');

export const i18n = {
  get lang(): Lang {
    return lang;
  },
  set lang(l: Lang) {
    lang = l;
    if (typeof document !== 'undefined') document.documentElement.lang = l;
  },
  get t(): ShellStrings {
    return TABLES[lang];
  },
};
