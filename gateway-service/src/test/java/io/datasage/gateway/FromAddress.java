package io.datasage.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;

/** Requests sent from a chosen loopback address (127.0.0.0/8 all reaches the gateway), as if from another client. */
final class FromAddress {

    private final InetAddress address;

    FromAddress(String address) {
        try {
            this.address = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    /** The address as the gateway sees it. */
    String host() {
        return address.getHostAddress();
    }

    /** {@code POST path} with a JSON body from this address. */
    Response post(String path, Map<String, ?> body) {
        return given().config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig()
                                .setParam("http.route.local-address", address)
                                .reuseHttpClientInstance()))
                .contentType(ContentType.JSON)
                .body(body)
                .post(path);
    }

    /** {@code POST /api/auth/login} from this address. */
    Response login(String email, String password) {
        return post("/api/auth/login", Map.of("email", email, "password", password));
    }

    /** {@code POST /api/auth/register} from this address. */
    Response register(String email, String password) {
        return post("/api/auth/register", Map.of("email", email, "password", password));
    }
}
