package io.datasage.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.mongodb.client.model.Filters;
import io.datasage.gateway.repository.LimitRepository;
import io.datasage.infra.testing.InfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Login and registration limits, with each client on its own loopback address: a guesser waits, the owner does not;
 * counters live in the document store with a TTL.
 */
@QuarkusTest
@TestProfile(LowLimits.class)
@QuarkusTestResource(value = InfraTestResource.class, restrictToAnnotatedClass = false)
class RateLimitsTest {

    private static final String PASSWORD = "owner-password";

    @Inject
    LimitRepository limits;

    private static String newEmail() {
        return "lim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A fresh loopback address per test, so that counters of other tests and runs never interfere. */
    private static FromAddress newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new FromAddress(
                "127." + random.nextInt(1, 255) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255));
    }

    private static String registered(FromAddress from) {
        String email = newEmail();
        from.register(email, PASSWORD).then().statusCode(201);
        return email;
    }

    @Test
    void incrementsAtTheSameMomentEachSeeTheirOwnCount() throws Exception {
        // Counters are read as they were before each increment: the embedded store's AFTER copy is live, and two
        // requests racing on one counter once both saw the same count.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                String id = "race|" + UUID.randomUUID();
                var start = new java.util.concurrent.CountDownLatch(1);
                var counts = new java.util.ArrayList<java.util.concurrent.Future<Long>>();
                for (int i = 0; i < 8; i++) {
                    counts.add(pool.submit(() -> {
                        start.await();
                        return limits.increment(id, java.time.Instant.now().plusSeconds(60));
                    }));
                }
                start.countDown();
                var seen = new java.util.ArrayList<Long>();
                for (var c : counts) {
                    seen.add(c.get(30, java.util.concurrent.TimeUnit.SECONDS));
                }
                assertThat(seen).as("round %d", round).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aGuesserWaitsButTheOwnerLogsInFromElsewhere() throws Exception {
        FromAddress owner = newAddress();
        FromAddress guesser = newAddress();
        String email = registered(owner);

        for (int i = 0; i < 4; i++) {
            guesser.login(email, "guess-" + i).then().statusCode(401);
        }
        Response refused = guesser.login(email, PASSWORD);
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("detail", containsString("for this account from your address"));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isEqualTo(1);

        owner.login(email, PASSWORD).then().statusCode(200);

        // The wait doubles with each further failure: a backoff, not a lock.
        Thread.sleep(1_100);
        guesser.login(email, "guess-again").then().statusCode(401);
        Response longer = guesser.login(email, PASSWORD);
        longer.then().statusCode(429);
        assertThat(Integer.parseInt(longer.header("Retry-After"))).isEqualTo(2);
    }

    @Test
    void oneAddressIsLimitedAcrossAccounts() {
        FromAddress stuffer = newAddress();
        String real = registered(newAddress());
        for (int i = 0; i < 8; i++) {
            stuffer.login(newEmail(), "password-" + i).then().statusCode(401);
        }
        stuffer.login(real, PASSWORD).then().statusCode(429).body("detail", containsString("from your address"));
        newAddress().login(real, PASSWORD).then().statusCode(200);
    }

    @Test
    void guessesSpreadOverManyAddressesSlowTheAccountDown() {
        String email = registered(newAddress());
        for (int i = 0; i < 7; i++) {
            newAddress().login(email, "spread-" + i).then().statusCode(401);
        }
        newAddress()
                .login(email, PASSWORD)
                .then()
                .statusCode(429)
                .body("detail", containsString("Too many failed logins for this account;"));
    }

    @Test
    void registrationsAreLimitedPerAddress() {
        FromAddress minter = newAddress();
        for (int i = 0; i < 3; i++) {
            minter.register(newEmail(), PASSWORD).then().statusCode(201);
        }
        minter.register(newEmail(), PASSWORD)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("detail", containsString("Too many new accounts from your address"));
        newAddress().register(newEmail(), PASSWORD).then().statusCode(201);
    }

    @Test
    void countersAreStoreDocumentsThatExpire() {
        FromAddress from = newAddress();
        String email = newEmail();
        from.login(email, "nope-nope").then().statusCode(401);
        Document counter = limits.mongoCollection()
                .withDocumentClass(Document.class)
                .find(Filters.eq("_id", "login-account-address|" + email + "|" + from.host()))
                .first();
        assertThat(counter).isNotNull();
        assertThat(counter.get("count", Number.class).longValue()).isEqualTo(1L);
        assertThat(counter.getDate("expiresAt")).isInTheFuture();
        assertThat(limits.mongoCollection().listIndexes())
                .anySatisfy(index -> assertThat(index.get("expireAfterSeconds", Number.class))
                        .isNotNull()
                        .extracting(Number::longValue)
                        .isEqualTo(0L));
    }
}
