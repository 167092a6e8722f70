package org.sanctuaryoversight.report.rendering;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts embedded in report PDFs, shipped in this module ({@code fonts/}, SIL Open Font License, see
 * {@code fonts/OFL.txt}) so that a PDF never depends on the fonts of the machine that renders it. Noto Sans covers
 * Latin, Greek and Cyrillic. Adding a script is one line here (e.g. {@code new ReportFont("NotoSansArabic-Regular.ttf",
 * "Noto Sans Arabic", 400)}) plus its family in {@code report.css}'s font-family list.
 */
final class ReportFonts {

    record ReportFont(String file, String family, int weight) {
    }

    static final List<ReportFont> FONTS = List.of(
            new ReportFont("NotoSans-Regular.ttf", "Noto Sans", 400),
            new ReportFont("NotoSans-Bold.ttf", "Noto Sans", 700));

    /**
     * Arabic and Persian (Noto Sans Arabic, with the presentation forms {@link ArabicShaping} uses), offered to the
     * renderer only for a text that has Arabic letters: the PDFs of other languages stay byte for byte as before.
     * A report in Arabic lists 'Noto Sans Arabic' after 'Noto Sans' in its font-family.
     */
    static final List<ReportFont> ARABIC = List.of(
            new ReportFont("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400),
            new ReportFont("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700));

    private ReportFonts() {
    }

    /**
     * Chinese (Simplified and Traditional) and Japanese: Droid Sans Fallback (Apache 2.0, TrueType outlines, subsetted
     * on embedding). Not Noto Sans CJK: Debian ships it only with CFF outlines, which PDFBox cannot embed. It has no
     * Hangul: Korean reports are HTML only (docs/translations.md). A report in these languages lists
     * 'Droid Sans Fallback' after 'Noto Sans' in its font-family.
     */
    static final List<ReportFont> CJK = List.of(new ReportFont("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400));

    /** Armenian: Noto Sans Armenian (Debian {@code fonts-noto-core}, OFL, TrueType), for a text with Armenian letters. */
    static final List<ReportFont> ARMENIAN = List.of(
            new ReportFont("NotoSansArmenian-Regular.ttf", "Noto Sans Armenian", 400),
            new ReportFont("NotoSansArmenian-Bold.ttf", "Noto Sans Armenian", 700));

    /**
     * Korean: NanumSquare (Debian {@code fonts-nanum}, OFL, TrueType outlines, every modern Hangul syllable), for a
     * text with Hangul. Precomposed syllables need no shaping, so the PDF renderer sets them as they come. It maps the
     * Chinese characters of Korean (hanja) to empty glyphs: stylesheets name it after Droid Sans Fallback, and this
     * list comes after {@link #CJK} (the order of a chart's families).
     */
    static final List<ReportFont> HANGUL = List.of(
            new ReportFont("NanumSquareR.ttf", "NanumSquare", 400),
            new ReportFont("NanumSquareB.ttf", "NanumSquare", 700));

    /**
     * The languages whose report has no PDF, only HTML: Khmer needs complex shaping (subscript consonants, reordered
     * vowels) that the PDF renderer does not do, whatever font it is given (docs/translations.md).
     */
    static final java.util.Set<String> HTML_ONLY = java.util.Set.of("km");

    /** Declared after the lists it reads (static fields initialise in order). */
    private static final Map<String, byte[]> BYTES = load();

    /** Whether a report in this language is published as a PDF too (every language the renderer can shape). */
    static boolean printable(String language) {
        return !HTML_ONLY.contains(language);
    }

    /** The fonts a document needs: Noto Sans always, the fonts of another script when the text has letters of it. */
    static List<ReportFont> fontsFor(String text) {
        List<ReportFont> fonts = new java.util.ArrayList<>(FONTS);
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
            fonts.addAll(ARABIC);
        }
        if (text.codePoints().anyMatch(ReportFonts::isCjk)) {
            fonts.addAll(CJK);
        }
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARMENIAN)) {
            fonts.addAll(ARMENIAN);
        }
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
            fonts.addAll(HANGUL);
        }
        return fonts.size() == FONTS.size() ? FONTS : List.copyOf(fonts);
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    static byte[] bytes(ReportFont font) {
        return BYTES.get(font.file());
    }

    private static Map<String, byte[]> load() {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        for (ReportFont font : java.util.stream.Stream.of(FONTS, ARABIC, CJK, ARMENIAN, HANGUL).flatMap(List::stream).toList()) {
            try (InputStream in = ReportFonts.class.getResourceAsStream("fonts/" + font.file())) {
                if (in == null) {
                    throw new IllegalStateException("The report font " + font.file() + " is missing from the reports module");
                }
                bytes.put(font.file(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            register(bytes.get(font.file()));
        }
        return bytes;
    }

    /**
     * Charts are SVG, drawn into the PDF by Batik through Java2D, which looks fonts up by family name among the JVM's
     * fonts: registering ours makes chart labels use the same shapes on every machine.
     */
    private static void register(byte[] font) {
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .registerFont(Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font)));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("A report font cannot be read", e);
        }
    }
}
