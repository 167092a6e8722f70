package org.sanctuaryoversight.app.platform;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing secret into the one thing the operator reads: which setting, which file, what to do. */
class MissingSecretsFailureAnalyzer extends AbstractFailureAnalyzer<Secrets.MissingSecretsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Secrets.MissingSecretsException cause) {
        String missing = cause.missing().stream().map(m -> "  - " + m).collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "Sanctuary Oversight cannot start: a secret it needs is missing.\n" + missing,
                "Create the secrets once with deploy/create-secrets.sh (README, \"Production\", \"Secrets\"), keep "
                        + "them in a safe place, and point each setting above at its file.",
                null);
    }
}
