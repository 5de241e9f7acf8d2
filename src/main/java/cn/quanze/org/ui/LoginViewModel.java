package cn.quanze.org.ui;

import cn.quanze.core.db.Principal;
import cn.quanze.org.data.UserAccounts;
import cn.quanze.ui.common.TaskExecutor;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sign-in before the main window: checks the password off the JavaFX thread (PBKDF2 takes a moment) and
 * hands the signed-in principal to the caller; a wrong password, a lock-out or a disabled account becomes a
 * sentence under the fields.
 */
public final class LoginViewModel {
    private final UserAccounts users;
    private final TaskExecutor tasks;
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public LoginViewModel(UserAccounts users, TaskExecutor tasks) {
        this.users = users;
        this.tasks = tasks;
    }

    /** Checks the entered password; calls {@code onSignedIn} on the JavaFX thread when it is right. */
    public void submit(Consumer<Principal> onSignedIn) {
        if (busy.get()) {
            return;
        }
        String name = login.get() == null ? "" : login.get().trim();
        char[] pw = password.get().toCharArray();
        password.set("");
        busy.set(true);
        message.set("");
        tasks.runWithProgress("login.checking", p -> {
            try {
                return users.signIn(name, pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        }, result -> {
            busy.set(false);
            if (result instanceof UserAccounts.SignIn.Ok ok) {
                onSignedIn.accept(ok.principal());
            } else {
                message.set(cn.quanze.org.OrgMessages.describe(result));
            }
        }, error -> {
            busy.set(false);
            message.set(cn.quanze.ui.common.ErrorPresenter.describe(error));
        });
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
