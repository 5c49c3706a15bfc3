package io.datasage.gateway.service;

import io.datasage.gateway.config.GatewayConfig;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Slows password guessing without letting anyone lock an owner out. Three counters, all in the document store:
 * failed logins per client address (a fixed window, then 429 until it ends); failed logins per account and address
 * (a few free, then an exponential backoff: only the guessing address waits, the owner elsewhere logs in at once);
 * failed logins per account from all addresses (a higher threshold than one address can reach in its window, then
 * a short backoff, against guessing spread over many addresses).
 */
@ApplicationScoped
public class LoginLimiter {

    private final RateCounters counters;
    private final GatewayConfig.Limits limits;

    public LoginLimiter(RateCounters counters, GatewayConfig config) {
        this.counters = counters;
        this.limits = config.limits();
    }

    /** Refuses the attempt with 429 and the wait when a limit applies; counts nothing. */
    public void check(String email, String address) {
        if (counters.current(addressKey(address), limits.addressWindow()) >= limits.failedLoginsPerAddress()) {
            throw tooMany("Too many failed logins from your address", counters.untilWindowEnds(limits.addressWindow()));
        }
        Optional<Duration> wait = counters.waitFor(accountAddressKey(email, address));
        if (wait.isPresent()) {
            throw tooMany("Too many failed logins for this account from your address", wait.get());
        }
        wait = counters.waitFor(counters.currentWindow(accountKey(email), limits.accountWindow()));
        if (wait.isPresent()) {
            throw tooMany("Too many failed logins for this account", wait.get());
        }
    }

    /** Counts a failed login against the address, the account from this address and the account. */
    public void failed(String email, String address) {
        counters.count(addressKey(address), limits.addressWindow());
        counters.fail(
                accountAddressKey(email, address),
                limits.failureMemory(),
                limits.freeFailuresPerAccountAndAddress(),
                limits.firstBackoff(),
                limits.maxBackoff());
        counters.fail(
                counters.currentWindow(accountKey(email), limits.accountWindow()),
                limits.accountWindow(),
                limits.freeFailuresPerAccount(),
                limits.firstBackoff(),
                limits.maxAccountBackoff());
    }

    /** A correct password from this address clears that address's failures for the account. */
    public void succeeded(String email, String address) {
        counters.forget(accountAddressKey(email, address));
    }

    private static String addressKey(String address) {
        return "login-address|" + address;
    }

    private static String accountAddressKey(String email, String address) {
        return "login-account-address|" + email + '|' + address;
    }

    private static String accountKey(String email) {
        return "login-account|" + email;
    }

    private static ProblemException tooMany(String what, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return ProblemException.tooManyRequests(
                what + "; try again in " + seconds + (seconds == 1 ? " second." : " seconds."), wait);
    }
}
