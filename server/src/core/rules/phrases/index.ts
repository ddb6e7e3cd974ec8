import { PhraseRule } from './phraseTypes';
import { weakPhrases } from './weakPhrases';
import { vagueQuantifiers } from './vagueQuantifiers';
import { philosophy } from './philosophy';
import { plainFiller, plainWordy } from './plainLanguage';

/** Rules that are phrase tables; facts.ts compiles them into one matcher. */
export const PHRASE_RULES: readonly PhraseRule[] = [weakPhrases, vagueQuantifiers, philosophy, plainWordy, plainFiller];
