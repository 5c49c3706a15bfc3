package io.datasage.gateway.cli;

import io.datasage.gateway.service.AdminAccounts;
import io.datasage.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Console;
import java.io.PrintStream;
import java.util.Arrays;

/** {@code admin create|revoke <email>}: the operator's way to make an admin (registration never does). */
@ApplicationScoped
public class AdminCommand {

    /** Environment variable that supplies the password of a new admin account without a prompt. */
    static final String PASSWORD_ENV = "DATASAGE_ADMIN_PASSWORD";

    private final AdminAccounts accounts;

    public AdminCommand(AdminAccounts accounts) {
        this.accounts = accounts;
    }

    /** Runs the command; returns the process exit code. Output goes to the terminal: this is a command line. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 3 || !args[0].equals("admin") || !(args[1].equals("create") || args[1].equals("revoke"))) {
            err.println("usage: admin create <email> | admin revoke <email> (got: " + String.join(" ", args) + ")");
            return 2;
        }
        String email = args[2];
        try {
            if (args[1].equals("revoke")) {
                if (!accounts.revoke(email)) {
                    err.println("No account with the e-mail " + email + ".");
                    return 1;
                }
                out.println(email + " is no longer an admin (tokens already issued keep the group until they expire).");
                return 0;
            }
            AdminAccounts.Outcome outcome = accounts.grant(email, AdminCommand::password);
            out.println(
                    outcome == AdminAccounts.Outcome.CREATED
                            ? "Created the admin account " + email + "; log in to get a token with the admin group."
                            : email + " is now an admin; its next login gets a token with the admin group.");
            return 0;
        } catch (ProblemException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String password() {
        String fromEnv = System.getenv(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv;
        }
        Console console = System.console();
        if (console == null) {
            throw ProblemException.badRequest("There is no such account yet and no terminal to ask for its password:"
                    + " set " + PASSWORD_ENV + ", or register the account first and run the command again.");
        }
        char[] first = console.readPassword("Password for the new admin account: ");
        char[] second = console.readPassword("The same password again: ");
        try {
            if (first == null || !Arrays.equals(first, second)) {
                throw ProblemException.badRequest("The two passwords differ; nothing was created.");
            }
            return new String(first);
        } finally {
            Arrays.fill(first == null ? new char[0] : first, ' ');
            Arrays.fill(second == null ? new char[0] : second, ' ');
        }
    }
}
