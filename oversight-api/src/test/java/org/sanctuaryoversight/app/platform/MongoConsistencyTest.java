package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, item 4: tokens, sagas, dead letters and read models are written and read with majority concerns on the
 * primary, whatever the connection string says (the event store pins the same on its collections:
 * {@code ConsistencySettingsTest}).
 */
@OversightTest
class MongoConsistencyTest {

    @Autowired
    MongoDatabase database;

    @Test
    void the_database_is_used_with_majority_writes_and_reads_on_the_primary() {
        assertThat(database.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
        assertThat(database.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
        assertThat(database.getReadPreference()).isEqualTo(ReadPreference.primary());
    }
}
