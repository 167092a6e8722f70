package org.sanctuaryoversight.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.report.BundleRenderer;
import org.sanctuaryoversight.report.ReportArchive;
import org.sanctuaryoversight.report.ReportBundle;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public reports: the list of every period and version, each version's pages and downloads, the public key. */
@Controller
class ReportsPageController {

    private final ReportArchive archive;
    private final PublishedBundles bundles;
    private final BundleRenderer renderer;

    ReportsPageController(ReportArchive archive, PublishedBundles bundles, BundleRenderer renderer) {
        this.archive = archive;
        this.bundles = bundles;
        this.renderer = renderer;
    }

    /** One row of the list: a version, and whether a later version supersedes it. */
    record Listed(int period, int version, String periodStart, String lastDay, String publishedAt, boolean superseded,
                  String erratum) {
    }

    @GetMapping("/reports")
    String list(Model model) {
        List<ReportPublishedEvent> all = archive.all();
        List<Listed> rows = new ArrayList<>();
        for (ReportPublishedEvent publication : all) {
            boolean superseded = all.stream().anyMatch(other -> other.period() == publication.period()
                    && other.version() > publication.version());
            rows.add(new Listed(publication.period(), publication.version(), publication.periodStart().toString(),
                    publication.lastDay().toString(), publication.publishedAt().toString().replace('T', ' '),
                    superseded, publication.erratum()));
        }
        rows.sort(java.util.Comparator.comparingInt(Listed::period).reversed().thenComparing(Listed::version,
                java.util.Comparator.reverseOrder()));
        model.addAttribute("reports", rows);
        model.addAttribute("publicKey", renderer.publicKeyPem());
        return "reports/index";
    }

    @GetMapping(value = "/reports/office-public.pem")
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-pem-file"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"office-public.pem\"")
                .body(renderer.publicKeyPem());
    }

    @GetMapping({"/reports/{period}/v{version}", "/reports/{period}/v{version}/"})
    ResponseEntity<byte[]> page(@PathVariable int period, @PathVariable int version, Locale locale) {
        String file = "es".equals(locale.getLanguage()) ? "index.es.html" : "index.html";
        return file(period, version, file);
    }

    @GetMapping("/reports/{period}/v{version}/bundle.zip")
    ResponseEntity<byte[]> zip(@PathVariable int period, @PathVariable int version) {
        ReportBundle bundle = bundle(period, version);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + bundle.name() + ".zip\"")
                .body(bundle.zip());
    }

    @GetMapping("/reports/{period}/v{version}/{file:[A-Za-z0-9._-]+}")
    ResponseEntity<byte[]> file(@PathVariable int period, @PathVariable int version, @PathVariable String file) {
        return serve(bundle(period, version), file);
    }

    @GetMapping("/reports/{period}/v{version}/data/{file:[A-Za-z0-9._-]+}")
    ResponseEntity<byte[]> data(@PathVariable int period, @PathVariable int version, @PathVariable String file) {
        return serve(bundle(period, version), "data/" + file);
    }

    private ReportBundle bundle(int period, int version) {
        return bundles.bundle(period, version).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> serve(ReportBundle bundle, String path) {
        byte[] bytes = bundle.file(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(type(path)).body(bytes);
    }

    private static MediaType type(String path) {
        if (path.endsWith(".html")) {
            return MediaType.parseMediaType("text/html;charset=UTF-8");
        }
        if (path.endsWith(".css")) {
            return MediaType.parseMediaType("text/css;charset=UTF-8");
        }
        if (path.endsWith(".csv")) {
            return MediaType.parseMediaType("text/csv;charset=UTF-8");
        }
        if (path.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        if (path.endsWith(".pdf")) {
            return MediaType.APPLICATION_PDF;
        }
        if (path.endsWith(".sig")) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
        return MediaType.parseMediaType("text/plain;charset=UTF-8");
    }
}
