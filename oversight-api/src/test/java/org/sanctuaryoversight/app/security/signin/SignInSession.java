package org.sanctuaryoversight.app.security.signin;

/** For tests outside the sign-in package: where sign-in keeps a new authenticator secret in the session. */
public final class SignInSession {

    public static final String NEW_SECRET = SignInController.NEW_SECRET;

    private SignInSession() {
    }
}
