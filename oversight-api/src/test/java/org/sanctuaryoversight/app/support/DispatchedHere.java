package org.sanctuaryoversight.app.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventBus;

/**
 * The payloads of every command and event dispatched on the thread that opened it (a MockMvc request runs on the
 * test's thread), while it is open: how a test proves a request dispatched nothing, or something. Other threads (event
 * processors replaying, deadlines) are not counted.
 */
public final class DispatchedHere implements AutoCloseable {

    private final List<Object> payloads = new CopyOnWriteArrayList<>();
    private final Registration commands;
    private final Registration events;

    public DispatchedHere(CommandBus commandBus, EventBus eventBus) {
        Thread here = Thread.currentThread();
        this.commands = commandBus.registerDispatchInterceptor(messages -> (i, message) -> {
            if (Thread.currentThread() == here) {
                payloads.add(message.getPayload());
            }
            return message;
        });
        this.events = eventBus.registerDispatchInterceptor(messages -> (i, message) -> {
            if (Thread.currentThread() == here) {
                payloads.add(message.getPayload());
            }
            return message;
        });
    }

    public List<Object> payloads() {
        return List.copyOf(payloads);
    }

    @Override
    public void close() {
        commands.cancel();
        events.cancel();
    }
}
