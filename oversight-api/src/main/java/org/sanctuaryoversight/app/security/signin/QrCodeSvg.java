package org.sanctuaryoversight.app.security.signin;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG, drawn on the server: an authenticator app scans the new key from the enrolment page
 * without the key ever reaching a third-party QR service, and the page needs no script. Black squares on white with
 * the four-module quiet zone the standard asks for; the text is the one to type if the camera cannot be used.
 */
final class QrCodeSvg {

    private static final int BORDER = 4;

    private QrCodeSvg() {
    }

    /** The SVG element for {@code text}; only modules and fixed attributes go into it, so it is safe to inline. */
    static String of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" aria-hidden=\"true\" focusable=\"false\" width=\"" + size * 5
                + "\" height=\"" + size * 5 + "\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
