package org.sanctuaryoversight.app.architecture.violations;

import org.axonframework.commandhandling.CommandHandler;

/** A deliberate violation: a command handler that refuses with an exception of its own choosing. */
public class RefusesItsOwnWay {
    @CommandHandler
    void handle(String command) {
        if (command.isBlank()) {
            throw new IllegalArgumentException("a command needs words");
        }
    }
}
