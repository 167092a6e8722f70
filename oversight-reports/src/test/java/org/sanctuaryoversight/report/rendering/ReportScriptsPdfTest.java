package org.sanctuaryoversight.report.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a report with Arabic, Persian, Chinese, Japanese, Korean and Armenian labels renders to a PDF with every font embedded, whose text comes back
 * from {@code pdftotext} as the labels, in logical order (NFKC: the joined letters are presentation forms). The page
 * image is written to target/ for a person to look at ({@code pdftoppm}); it is not committed.
 */
class ReportScriptsPdfTest {

    static final List<String> LABELS = List.of("شكاوى حسب القسم", "عدد الشكاوى", "شکایت‌ها بر اساس زبان", "طلبات فدرالية",
            "按部门分列的投诉", "聯邦請求", "苦情の件数", "언어별 민원", "Բողոքներ՝ ըստ լեզվի");

    @Test
    void arabic_persian_chinese_japanese_korean_and_armenian_labels_are_embedded_shaped_and_extracted_in_logical_order(@TempDir Path folder)
            throws Exception {
        StringBuilder rows = new StringBuilder();
        for (String label : LABELS) {
            rows.append("<tr><th scope=\"row\">").append(label).append("</th><td>12</td></tr>");
        }
        String html = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"/><title>تقرير</title>"
                + "<style>body { font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Armenian', 'Droid Sans Fallback', 'NanumSquare'; }</style></head><body>"
                + "<h1>التقرير العام للفترة 3</h1><table><caption>شكاوى حسب القسم</caption>" + rows + "</table>"
                + "<p>رمز الإيصال <span dir=\"ltr\">1234-5678</span></p></body></html>";
        byte[] pdf = ReportPdf.render(html, Map.of(), "تقرير", "ar", Instant.parse("2026-12-07T00:00:00Z"), "A4", List.of());
        Files.write(folder.resolve("report-ar.pdf"), pdf);

        String fonts = PublicationBundleTest.output(folder, "pdffonts", "report-ar.pdf");
        List<String> fontRows = fonts.lines().skip(2).toList();
        assertThat(fontRows).as(fonts).isNotEmpty().allSatisfy(row -> assertThat(row).contains(" yes "));
        assertThat(fonts).contains("NotoSansArabic").contains("DroidSansFallback").contains("NanumSquare")
                .contains("NotoSansArmenian");

        assertThat(PublicationBundleTest.run(folder, "pdftotext", "-enc", "UTF-8", "report-ar.pdf", "out.txt")).isZero();
        // pdftotext marks the direction of each run with bidi embedding controls; the letters are what counts
        String text = Normalizer.normalize(Files.readString(folder.resolve("out.txt")), Normalizer.Form.NFKC)
                .replaceAll("[\u202A-\u202E\u200C]", "");
        for (String label : LABELS) {
            assertThat(text).as(text).contains(label.replace("\u200C", ""));
        }
        assertThat(text).contains("التقرير العام للفترة").contains("1234-5678");

        Path images = Path.of("target", "rtl-report");
        Files.createDirectories(images);
        Files.write(images.resolve("report-ar.pdf"), pdf);
        PublicationBundleTest.run(images, "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "report-ar.pdf", "page");
    }

    /**
     * Chinese characters are drawn, not just extracted: NanumSquare (offered as soon as a page has Hangul, e.g. the
     * Korean link of a Chinese report) maps them to empty glyphs, so {@code pdftotext} finds them while the page shows
     * nothing. With the shipped {@code report-scripts.css} the page image of Chinese-only text has ink.
     */
    @Test
    void chinese_characters_are_drawn_even_when_the_page_also_offers_the_korean_font(@TempDir Path folder) throws Exception {
        byte[] css;
        try (var in = ReportScriptsPdfTest.class.getResourceAsStream(ReportHtml.SCRIPTS_STYLESHEET)) {
            css = in.readAllBytes();
        }
        // the Hangul in the comment makes ReportFonts offer NanumSquare; only the Chinese characters are drawn
        String html = "<!DOCTYPE html><html lang=\"zh-Hant\"><head><meta charset=\"utf-8\"/><title>聯邦</title>"
                + "<link rel=\"stylesheet\" href=\"" + ReportHtml.SCRIPTS_STYLESHEET + "\"/></head><body>"
                + "<!-- 한국어 --><p style=\"font-size: 40pt\">聯邦請求按部分苦</p></body></html>";
        byte[] pdf = ReportPdf.render(html, Map.of(ReportHtml.SCRIPTS_STYLESHEET, css), "聯邦", "zh-Hant",
                Instant.parse("2026-12-07T00:00:00Z"), "A4", List.of());
        Files.write(folder.resolve("zh.pdf"), pdf);
        assertThat(PublicationBundleTest.output(folder, "pdffonts", "zh.pdf")).contains("DroidSansFallback");
        assertThat(PublicationBundleTest.run(folder, "pdftoppm", "-gray", "-r", "30", "-f", "1", "-l", "1", "zh.pdf", "page"))
                .isZero();
        Path image;
        try (var files = Files.list(folder)) {
            image = files.filter(file -> file.toString().endsWith(".pgm")).findFirst().orElseThrow();
        }
        assertThat(darkPixels(Files.readAllBytes(image))).as("ink of the Chinese characters").isGreaterThan(100);
    }

    /** The pixels darker than mid-grey of a binary PGM image (P5, 8 bits), the header being three lines. */
    static long darkPixels(byte[] pgm) {
        int newlines = 0;
        int start = 0;
        while (newlines < 3) {
            if (pgm[start++] == '\n') {
                newlines++;
            }
        }
        long dark = 0;
        for (int i = start; i < pgm.length; i++) {
            if ((pgm[i] & 0xFF) < 128) {
                dark++;
            }
        }
        return dark;
    }

    @Test
    void the_shaper_joins_letters_by_position_and_makes_lam_alef_one_ligature() {
        // beh-seen-meem ("bsm"): initial, medial, final; then lam-alef isolated
        assertThat(ArabicShaping.shape("\u0628\u0633\u0645 \u0644\u0627")).isEqualTo("\uFE91\uFEB4\uFEE2 \uFEFB");
        // dal does not join to the letter after it: alef after dal stands isolated
        assertThat(ArabicShaping.shape("\u062F\u0627")).isEqualTo("\uFEA9\uFE8D");
        assertThat(Normalizer.normalize(ArabicShaping.shape("شكاوى"), Normalizer.Form.NFKC)).isEqualTo("شكاوى");
        assertThat(ArabicShaping.shape("Noto 12")).isEqualTo("Noto 12");
    }
}
