package org.sanctuaryoversight.complaint.casework;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import org.axonframework.common.Priority;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Supplies {@link CaseDeadlines#defaults()} to a handler that asks for {@link CaseDeadlines} when nothing
 * else does (found by Axon through {@code META-INF/services}). It has the lowest priority: in the application
 * the configured {@code CaseDeadlines} bean wins, in a test fixture a registered resource wins. Without it
 * every fixture that files a complaint would have to know about casework deadlines.
 */
@Priority(Priority.LAST)
public final class DefaultCaseDeadlinesResolverFactory implements ParameterResolverFactory {

    private static final CaseDeadlines DEFAULTS = CaseDeadlines.defaults();

    @Override
    public ParameterResolver<CaseDeadlines> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (!CaseDeadlines.class.equals(parameters[index].getType())) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public CaseDeadlines resolveParameterValue(Message<?> message) {
                return DEFAULTS;
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }
}
