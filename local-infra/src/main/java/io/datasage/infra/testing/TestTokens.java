package io.datasage.infra.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/** Signs JWTs the way the gateway does, for tests that call a service directly. */
public final class TestTokens {

    /** Issuer every DataSage service expects. */
    public static final String ISSUER = "datasage";
    /** Audience every DataSage service requires. */
    public static final String AUDIENCE = "datasage-api";

    private TestTokens() {}

    /** A valid 50-minute token for {@code userId} signed with the shared test key. */
    public static String valid(String userId) {
        return sign(userId, 50 * 60, readPrivateKey(SharedInfra.get().privateKey()));
    }

    /** A valid token for {@code userId} in the {@code admin} group as well. */
    public static String admin(String userId) {
        return sign(
                userId, 50 * 60, readPrivateKey(SharedInfra.get().privateKey()), AUDIENCE, List.of("user", "admin"));
    }

    /** A valid, properly signed token for {@code userId} issued for another audience. */
    public static String forAudience(String userId, String audience) {
        return sign(userId, 50 * 60, readPrivateKey(SharedInfra.get().privateKey()), audience, List.of("user"));
    }

    /** A token that expired an hour ago, properly signed. */
    public static String expired(String userId) {
        return sign(userId, -3600, readPrivateKey(SharedInfra.get().privateKey()));
    }

    /** A well-formed token signed by a key no service trusts. */
    public static String forged(String userId) {
        try {
            return sign(userId, 3000, io.datasage.infra.KeyPairs.generate().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs a token for {@code userId} that expires {@code secondsFromNow} from now (negative: in the past). */
    public static String sign(String userId, long secondsFromNow, PrivateKey key) {
        return sign(userId, secondsFromNow, key, AUDIENCE, List.of("user"));
    }

    /** Signs a token with the given audience ({@code null}: none) and groups. */
    public static String sign(
            String userId, long secondsFromNow, PrivateKey key, String audience, List<String> groups) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(ISSUER);
            claims.setSubject(userId);
            claims.setClaim("upn", userId + "@example.com");
            claims.setStringListClaim("groups", groups);
            if (audience != null) {
                claims.setAudience(audience);
            }
            NumericDate now = NumericDate.now();
            NumericDate issued = NumericDate.fromSeconds(now.getValue() + Math.min(0, secondsFromNow) - 60);
            claims.setIssuedAt(issued);
            NumericDate exp = NumericDate.fromSeconds(now.getValue() + secondsFromNow);
            claims.setExpirationTime(exp);
            claims.setGeneratedJwtId();
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException("could not sign a test token: " + e.getMessage(), e);
        }
    }

    /** Reads a PKCS#8 PEM private key. */
    public static PrivateKey readPrivateKey(Path pem) {
        try {
            String text = Files.readString(pem, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(text);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException("could not read private key " + pem + ": " + e.getMessage(), e);
        }
    }
}
