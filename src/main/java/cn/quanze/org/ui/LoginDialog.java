package cn.quanze.org.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.Principal;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** 登录: asked before the main window opens. Stays open on a wrong password; Cancel quits the app. */
public final class LoginDialog {
    private LoginDialog() {
    }

    public static Optional<Principal> ask(Window owner, String officeName, LoginViewModel vm) {
        Dialog<Principal> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.t("login.title"));
        dialog.setHeaderText(officeName == null ? I18n.t("login.header") : I18n.t("login.header.office", officeName));
        TextField login = new TextField();
        login.setId("login-name");
        login.textProperty().bindBidirectional(vm.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Label message = new Label();
        message.setId("login-message");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.setPrefWidth(360);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label("login.name"), login);
        grid.addRow(1, label("login.password"), password);
        grid.add(message, 0, 2, 2, 1);
        GridPane.setHgrow(login, javafx.scene.layout.Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(420);
        ButtonType signIn = new ButtonType(I18n.t("login.submit"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(signIn, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(signIn);
        ok.setId("login-submit");
        ok.disableProperty().bind(vm.busyProperty().or(login.textProperty().isEmpty()));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(principal -> {
                dialog.setResult(principal);
                dialog.close();
            });
        });
        dialog.setResultConverter(b -> null);
        dialog.setOnShown(e -> (vm.loginProperty().get().isEmpty() ? login : password).requestFocus());
        return dialog.showAndWait();
    }

    private static Label label(String key) {
        Label l = new Label(I18n.t(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
