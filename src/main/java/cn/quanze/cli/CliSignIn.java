package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.UserAccounts;
import java.io.Console;

/** Signs a command in as {@code --user}: password from QUANZE_PASSWORD, else asked on the console. */
final class CliSignIn {
    /** A refused sign-in; the message is already localized. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private CliSignIn() {
    }

    static void signIn(Workbench wb, String login) {
        char[] password = password(login);
        UserAccounts.SignIn result = wb.users().signIn(login, password);
        java.util.Arrays.fill(password, '\0');
        if (result instanceof UserAccounts.SignIn.Ok ok) {
            wb.store().signIn(ok.principal());
            return;
        }
        throw new Refused(cn.quanze.org.OrgMessages.describe(result));
    }

    private static char[] password(String login) {
        String env = System.getenv("QUANZE_PASSWORD");
        if (env != null) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new Refused(I18n.t("cli.user.noPassword", login));
        }
        char[] pw = console.readPassword(I18n.t("cli.user.prompt", login));
        return pw == null ? new char[0] : pw;
    }
}
