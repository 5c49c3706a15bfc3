package io.datasage.gateway.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Runs the gateway, or with arguments one operator command against the same store ({@code admin create ...}). */
@QuarkusMain
public class GatewayMain implements QuarkusApplication {

    private final AdminCommand admin;

    public GatewayMain(AdminCommand admin) {
        this.admin = admin;
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return admin.run(args, System.out, System.err);
    }
}
