package org.sanctuaryoversight.report.rendering;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.text.Normalizer;

/**
 * Right-to-left text for the PDF renderer, with the JDK's own Unicode bidirectional algorithm ({@link Bidi}) and
 * {@link ArabicShaping}: openhtmltopdf's default draws every run left to right, and its ICU-based module is not among
 * this project's dependencies. Used only for a report whose text contains right-to-left letters, so the PDFs of
 * every other language are rendered exactly as before.
 */
final class RightToLeftText implements BidiSplitterFactory, BidiReorderer {

    /** True when the text has a letter of a right-to-left script (Arabic, Persian, Hebrew…). */
    static boolean present(String text) {
        return Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    /** Pairs whose glyph a right-to-left run shows mirrored (Unicode Bidi_Mirroring_Glyph, the pairs a report uses). */
    private static final String MIRRORED = "()[]{}<>«»‹›";

    /** A right-to-left run in visual order: reversed, and brackets mirrored so "(" still opens towards its content. */
    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder visual = new StringBuilder(text).reverse();
        for (int i = 0; i < visual.length(); i++) {
            int pair = MIRRORED.indexOf(visual.charAt(i));
            if (pair >= 0) {
                visual.setCharAt(i, MIRRORED.charAt(pair ^ 1));
            }
        }
        return visual.toString();
    }

    @Override
    public String shapeText(String text) {
        return ArabicShaping.shape(text);
    }

    @Override
    public String deshapeText(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** Splits a paragraph into its runs of one direction, in visual order. */
    private static final class Splitter implements BidiSplitter {

        private Bidi bidi;

        @Override
        public void setParagraph(String paragraph, byte direction) {
            int flag = direction == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
                    : direction == LTR ? Bidi.DIRECTION_LEFT_TO_RIGHT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            bidi = new Bidi(paragraph, flag);
        }

        @Override
        public int countTextRuns() {
            return bidi.getRunCount();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            int count = bidi.getRunCount();
            byte[] levels = new byte[count];
            Integer[] runs = new Integer[count];
            for (int i = 0; i < count; i++) {
                levels[i] = (byte) bidi.getRunLevel(i);
                runs[i] = i;
            }
            Bidi.reorderVisually(levels, 0, runs, 0, count);
            int run = runs[index];
            return new BidiTextRun(bidi.getRunStart(run), bidi.getRunLimit(run) - bidi.getRunStart(run),
                    (bidi.getRunLevel(run) & 1) == 1 ? RTL : LTR);
        }

        @Override
        public byte getBaseDirection(String paragraph) {
            for (int i = 0; i < paragraph.length(); i++) {
                byte direction = Character.getDirectionality(paragraph.charAt(i));
                if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return LTR;
                }
                if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return RTL;
                }
            }
            return NEUTRAL;
        }
    }
}
