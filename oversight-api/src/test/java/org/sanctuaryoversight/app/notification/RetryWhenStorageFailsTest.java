package org.sanctuaryoversight.app.notification;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoTimeoutException;
import java.util.concurrent.CompletionException;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

class RetryWhenStorageFailsTest {

    final RetryWhenStorageFails handler = new RetryWhenStorageFails();
    final GenericEventMessage<String> event = new GenericEventMessage<>("an event");

    @Test
    void an_unreachable_database_is_passed_on_so_the_event_is_tried_again() {
        CompletionException wrapped = new CompletionException(new MongoTimeoutException("no server"));
        assertThatThrownBy(() -> handler.onError(wrapped, event, null)).isSameAs(wrapped);
    }

    @Test
    void anything_else_skips_that_one_notification_instead_of_holding_up_the_rest() {
        assertThatCode(() -> handler.onError(new NullPointerException("department"), event, null))
                .doesNotThrowAnyException();
    }
}
