package org.sanctuaryoversight.report.rendering;

import org.sanctuaryoversight.report.ReportPublishedEvent;

/** {@code methodology.md}: how the figures were counted and protected, in English and Spanish. */
public final class Methodology {

    private Methodology() {
    }

    static String text(ReportPublishedEvent report) {
        String verify = "    " + String.join("\n    ", VerificationCommands.LINES);
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
                - Federal immigration requests are counted in the period in which the department received them (the
                  receipt date it documented), by department, request type, legal document and response, with the
                  number the office flagged as possibly not complying. A request received in an earlier period but
                  documented only after that period's report was published is listed in the table "Federal requests
                  documented late, from earlier periods" of the period in which it was documented, and the earlier
                  period is marked for a correction (a new version).
                - Department accountability, per department: federal requests received in the period; of those, the
                  ones flagged and the ones answered with help (complied or partly complied) while the agency
                  presented no judicial warrant or court order; answers to the office's referrals due in the period
                  and how many came by the due day; findings of "sustained" recorded in the period on allegations
                  against the department; recommendations the department reported implemented in the period. The
                  software computes these figures and gives no grades.
                - Trends repeat, for every earlier period, the figures of its latest published version.
                - Staff views of complainants' contact details, and of files they sent, are counted in the period of
                  the view, by the purpose the member of staff gave (every view is recorded in the office's access log).

                ## How complainants are protected

                - Totals, per-department counts, department accountability, trends and federal-request tables are
                  published exactly, and so are the staff views of contact details: they count actions of departments
                  and of the office, not people who complained.
                - A cell that describes complainants (language, intake channel, anonymity, category, category
                  within a department) with a count from 1 to %5$d is shown as the range 1-%5$d (primary
                  suppression). Zero is shown as zero.
                - Where a range could be worked out from totals, other tables or earlier periods, more cells are
                  withheld (complementary suppression, shown as "withheld").
                - Before publication an automated audit plays the reader: it takes every equation the published
                  tables allow (rows and columns add up to their totals, the cumulative tables of consecutive
                  periods differ by this period's table, a column total of categories within departments equals
                  the category count plus the extra department mentions) with every published bound, and computes
                  by linear programming the tightest bounds a reader can derive for each withheld cell. Publication
                  is blocked while any withheld cell can be narrowed below the protection the office set.

                ## Corrections

                A published version is never changed: its files are stored as they were published and served as
                they are. A correction is a new version with an erratum; the earlier version stays available, marked
                superseded, and the new version records the SHA-256 of the earlier version's SHA256SUMS.

                ## Verifying this bundle

                Download the office's key from the reports page as served-key.pem, check that its fingerprint is the
                one the office published elsewhere, then check the files and the signature:

                %6$s

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
                  es puntual si llegó a más tardar el día de vencimiento (UTC).
                - Las solicitudes federales de inmigración se cuentan en el período en que el departamento las
                  recibió. Una solicitud recibida en un período anterior pero documentada después de publicarse el
                  informe de ese período aparece en la tabla de solicitudes documentadas tarde del período en que se
                  documentó, y el período anterior queda marcado para una corrección.
                - Rendición de cuentas por departamento: solicitudes federales recibidas; de ellas, las señaladas y
                  las cumplidas sin orden judicial ni de un tribunal; respuestas a remisiones que vencían en el período
                  y cuántas llegaron a tiempo; conclusiones «fundada» registradas en el período; recomendaciones que el
                  departamento informó como aplicadas. El programa calcula las cifras y no pone notas.

                ## Cómo se protege a quienes presentan quejas

                - Los totales, las cifras por departamento, la rendición de cuentas, las tendencias y las tablas de
                  solicitudes federales se publican exactos: cuentan acciones de departamentos y de la oficina.
                - Una celda que describe a quienes presentan quejas con un valor de 1 a %5$d se muestra como el
                  rango 1-%5$d. El cero se muestra como cero.
                - Cuando un rango podría deducirse de los totales, de otras tablas o de períodos anteriores, se
                  omiten más celdas (supresión complementaria, "omitido").
                - Antes de publicar, una auditoría calcula por programación lineal los límites más estrechos que un
                  lector puede deducir para cada celda omitida, y bloquea la publicación mientras alguna pueda
                  reducirse por debajo de la protección fijada por la oficina.

                ## Correcciones

                Una versión publicada nunca se cambia: sus archivos se guardan tal como se publicaron. Una corrección
                es una versión nueva con una fe de erratas; la versión anterior sigue disponible, marcada como reemplazada.

                ## Verificar este paquete

                Descargue la clave de la oficina desde la página de informes como served-key.pem, compruebe que su huella
                es la que la oficina publicó en otro lugar, y luego compruebe los archivos y la firma:

                %6$s
                """.formatted(report.period(), report.periodStart(), report.lastDay(), report.version(),
                report.smallCellThreshold(), verify);
    }
}
