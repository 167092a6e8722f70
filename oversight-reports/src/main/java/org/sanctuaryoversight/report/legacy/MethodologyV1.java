package org.sanctuaryoversight.report.legacy;

import org.sanctuaryoversight.report.rendering.Methodology;

/** {@code methodology.md}: how the figures were counted and protected, in English and Spanish. */
final class MethodologyV1 {

    private MethodologyV1() {
    }

    static String text(PublicationV1 report) {
        int t = report.smallCellThreshold();
        return """
                # Methodology: public report, period %1$d (%2$s to %3$s), version %4$d

                ## What is counted

                - Periods are consecutive 90-day periods counted from the ordinance's effective date, in UTC days.
                  This period covers %2$s to %3$s inclusive.
                - A complaint is counted in the period in which it was received. Reviews the office opened on its
                  own initiative are counted separately and never as complaints.
                - A complaint may name several departments and several allegation categories: tables by department
                  or category count each one it names, so their rows can add up to more than the complaints received.
                - Pipeline figures count what happened during the period, whenever the complaint was received.
                  A department response is on time when it came on or before the due day (UTC). Medians are in
                  days with one decimal (half up), empty when there was nothing to measure.
                - Federal immigration requests are counted as departments documented them, by department, request
                  type, legal document and response, with the number the office flagged as possibly not complying.
                - Staff views of complainants' contact details, and of files they sent, are counted in the period of
                  the view, by the purpose the member of staff gave (every view is recorded in the office's access log).

                ## How complainants are protected

                - Totals, per-department counts and federal-request tables are published exactly, and so are the
                  staff views of contact details: they count actions of the office, not people who complained.
                - A cell that describes complainants (language, intake channel, anonymity, category, category
                  within a department) with a count from 1 to %5$d is shown as the range 1-%5$d (primary
                  suppression). Zero is shown as zero.
                - Where a range could be worked out from totals, other tables or earlier periods, more cells are
                  withheld (complementary suppression, shown as "withheld").
                - Before publication an automated audit plays the reader: it takes every equation the published
                  tables allow (rows and columns add up to their totals, the cumulative tables of consecutive
                  periods differ by this period's table, a column total of categories within departments equals
                  the category count plus the extra department mentions), narrows every withheld cell as far as
                  these equations allow, and blocks publication while any withheld cell can be narrowed to fewer
                  than three possible values.

                ## Corrections

                A published version is never changed. A correction is a new version with an erratum; the earlier
                version stays available, marked superseded, and the new version records the SHA-256 of the earlier
                version's SHA256SUMS.

                ## Verifying this bundle

                    sha256sum -c SHA256SUMS
                    openssl pkeyutl -verify -pubin -inkey office-public.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig

                Use the office's public key as published on the reports page, not only the copy in this bundle.

                ---

                # Metodología: informe público, período %1$d (%2$s a %3$s), versión %4$d

                ## Qué se cuenta

                - Los períodos son períodos consecutivos de 90 días contados desde la entrada en vigor de la
                  ordenanza, en días UTC. Este período abarca del %2$s al %3$s, ambos incluidos.
                - Una queja se cuenta en el período en que se recibió. Las revisiones que la oficina abrió por
                  iniciativa propia se cuentan aparte y nunca como quejas.
                - Una queja puede nombrar varios departamentos y varias categorías: las tablas por departamento o
                  categoría cuentan cada uno, así que sus filas pueden sumar más que las quejas recibidas.
                - Las cifras del proceso cuentan lo que ocurrió durante el período. Una respuesta de un departamento
                  es puntual si llegó a más tardar el día de vencimiento (UTC). Las medianas están en días con un
                  decimal; vacías cuando no había nada que medir.
                - Las solicitudes federales de inmigración se cuentan tal como los departamentos las documentaron,
                  con el número que la oficina señaló como posible incumplimiento.
                - Las consultas del personal a los datos de contacto de quienes presentaron quejas se cuentan en el
                  período de la consulta, por el motivo declarado (cada consulta queda en el registro de accesos).

                ## Cómo se protege a quienes presentan quejas

                - Los totales, las cifras por departamento y las tablas de solicitudes federales se publican exactos,
                  igual que las consultas del personal a los datos de contacto: cuentan acciones de la oficina, no personas.
                - Una celda que describe a quienes presentan quejas con un valor de 1 a %5$d se muestra como el
                  rango 1-%5$d. El cero se muestra como cero.
                - Cuando un rango podría deducirse de los totales, de otras tablas o de períodos anteriores, se
                  omiten más celdas (supresión complementaria, "omitido").
                - Antes de publicar, una auditoría automática hace de lector y bloquea la publicación mientras
                  alguna celda omitida pueda reducirse a menos de tres valores posibles.

                ## Correcciones

                Una versión publicada nunca se cambia. Una corrección es una versión nueva con una fe de erratas;
                la versión anterior sigue disponible, marcada como reemplazada.

                ## Verificar este paquete

                    sha256sum -c SHA256SUMS
                    openssl pkeyutl -verify -pubin -inkey office-public.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig
                """.formatted(report.period(), report.periodStart(), report.lastDay(), report.version(), t);
    }
}
