package io.datasage.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The once-published development pair is recognised by either half; any other key is not. */
class DevelopmentKeysTest {

    /** The pair once published in the repository, kept only here as the test's fixture. */
    private static final Path DEV_KEYS = Path.of("src/test/resources/io/datasage/platform/security/published-dev-keys");

    @TempDir
    Path dir;

    @Test
    void bothHalvesOfTheDevelopmentPairAreRecognised() throws Exception {
        assertThat(DevelopmentKeys.isDevelopmentKey(Files.readString(DEV_KEYS.resolve("jwt-public.pem"))))
                .isTrue();
        assertThat(DevelopmentKeys.isDevelopmentKey(Files.readString(DEV_KEYS.resolve("jwt-private.pem"))))
                .isTrue();
    }

    @Test
    void anyOtherKeyIsNot() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        assertThat(DevelopmentKeys.isDevelopmentKey(
                        pem("PUBLIC KEY", pair.getPublic().getEncoded())))
                .isFalse();
        assertThat(DevelopmentKeys.isDevelopmentKey(
                        pem("PRIVATE KEY", pair.getPrivate().getEncoded())))
                .isFalse();
        assertThat(DevelopmentKeys.isDevelopmentKey("not a key")).isFalse();
    }

    @Test
    void theGuardRefusesTheDevelopmentKeyAtAnyLocationSpelling() {
        String location = DEV_KEYS.resolve("jwt-public.pem").toAbsolutePath().toString();
        assertThatThrownBy(() -> DevelopmentKeyGuard.refuseDevelopmentKey(
                        "mp.jwt.verify.publickey.location", "file:" + location))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development key pair");
        assertThatThrownBy(() -> DevelopmentKeyGuard.refuseDevelopmentKey("smallrye.jwt.sign.key.location", location))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theGuardLetsOwnKeysAndMissingFilesThrough() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path own = Files.writeString(
                dir.resolve("own.pem"),
                pem("PUBLIC KEY", generator.generateKeyPair().getPublic().getEncoded()));
        DevelopmentKeyGuard.refuseDevelopmentKey("mp.jwt.verify.publickey.location", "file:" + own);
        DevelopmentKeyGuard.refuseDevelopmentKey(
                "mp.jwt.verify.publickey.location", "file:" + dir.resolve("missing.pem"));
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label
                + "-----\n";
    }
}
