// What a translated entry's page says of its translation (TranslationNote.astro).
import type { TranslationData } from '../content/schema.ts';
import type { ViewContext } from './common.ts';

export interface TranslationView {
  method: TranslationData['translation'];
  /** The names of the editors who translated and reviewed it, where the translation names them. */
  translator: string | undefined;
  reviewer: string | undefined;
  /** The English page it translates. */
  original: string;
}

export function translationView(
  credit: Pick<TranslationData, 'translation' | 'translator' | 'reviewer'>,
  original: string,
  { editorNameOf }: Pick<ViewContext, 'editorNameOf'>,
): TranslationView {
  return {
    method: credit.translation,
    translator: credit.translator === undefined ? undefined : editorNameOf(credit.translator),
    reviewer: credit.reviewer === undefined ? undefined : editorNameOf(credit.reviewer),
    original,
  };
}
