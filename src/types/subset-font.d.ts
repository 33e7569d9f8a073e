// subset-font ships no types, and @types/subset-font lags its options; this declares what we use.
declare module 'subset-font' {
  interface SubsetFontOptions {
    /** The format written: 'truetype' for a .ttf. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** Drop TrueType hinting instructions. */
    noHinting?: boolean;
  }
  /** The font with only the glyphs `text` needs. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
