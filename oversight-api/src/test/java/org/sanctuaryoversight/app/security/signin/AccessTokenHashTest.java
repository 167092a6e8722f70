package org.sanctuaryoversight.app.security.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A token's stored hash keeps its bytes, so tokens issued before still sign in (computed by the former digest). */
class AccessTokenHashTest {

    @Test
    void a_token_hash_is_the_same_as_stored() {
        assertThat(AccessTokens.hash("sot_example-token"))
                .isEqualTo("4982cb2b4036031e0ad5124141c4df95b29ee2d9e6f2a86b6a971bca6b93eaba");
    }
}
