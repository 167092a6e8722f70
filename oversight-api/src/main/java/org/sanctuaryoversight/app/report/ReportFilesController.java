package org.sanctuaryoversight.app.report;

import java.util.Locale;
import org.sanctuaryoversight.app.web.Languages;
import org.sanctuaryoversight.report.rendering.BundleRenderer;
import org.sanctuaryoversight.report.publication.PublishedBundles;
import org.sanctuaryoversight.report.rendering.ReportBundle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The files of a published version, served as they were stored at publication, and the whole bundle as a zip. */
@Controller
record ReportFilesController(PublishedBundles bundles) {

    /**
     * The report page in the reader's language when the version was published in it; else in English (versions
     * published before issue 22 have English and Spanish only). Every language's page is also at its own file name.
     */
    @GetMapping({"/reports/{period}/v{version}", "/reports/{period}/v{version}/"})
    ResponseEntity<byte[]> page(@PathVariable int period, @PathVariable int version, Locale locale) {
        ReportBundle bundle = bundle(period, version);
        String file = BundleRenderer.htmlName(Languages.of(locale).tag());
        return serve(bundle, bundle.file(file).isPresent() ? file : BundleRenderer.htmlName("en"));
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

    static ResponseEntity<byte[]> serve(ReportBundle bundle, String path) {
        byte[] bytes = bundle.file(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(type(path)).body(bytes);
    }

    static MediaType type(String path) {
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
