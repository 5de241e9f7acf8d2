package cn.quanze.app;

import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.core.domain.Role;
import cn.quanze.core.db.Principal;
import cn.quanze.org.data.UserAccounts;
import cn.quanze.org.ui.LoginDialog;
import cn.quanze.org.ui.LoginViewModel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.core.db.DbCheck;
import cn.quanze.core.db.Preferences;
import cn.quanze.home.data.Registers;
import cn.quanze.home.data.Reminders;
import cn.quanze.home.ui.ReminderTimer;
import cn.quanze.home.ui.RemindersViewModel;
import cn.quanze.admin.ui.SettingsDialog;
import cn.quanze.admin.ui.SettingsViewModel;
import cn.quanze.admin.ui.AdminView;
import cn.quanze.admin.ui.AdminViewModel;
import cn.quanze.admin.ui.AuditViewModel;
import cn.quanze.admin.ui.BackupViewModel;
import cn.quanze.org.ui.UnitsViewModel;
import cn.quanze.org.ui.UsersViewModel;
import cn.quanze.core.db.AuditLog;
import cn.quanze.cases.ui.CalendarEditorViewModel;
import cn.quanze.ui.common.Dialogs;
import cn.quanze.ui.common.ErrorPresenter;
import cn.quanze.ui.common.FxDialogs;
import cn.quanze.ui.common.Screens;
import cn.quanze.ui.common.TaskRunner;
import cn.quanze.ui.common.Theme;
import cn.quanze.cases.ui.CaseStatsViewModel;
import cn.quanze.cases.ui.CasesView;
import cn.quanze.cases.ui.CasesViewModel;
import cn.quanze.duties.ui.DutiesView;
import cn.quanze.duties.ui.DutiesViewModel;
import cn.quanze.home.data.Dashboard;
import cn.quanze.sync.data.SyncAttention;
import cn.quanze.home.ui.HomeView;
import cn.quanze.home.ui.HomeViewModel;
import cn.quanze.powers.ui.PowersView;
import cn.quanze.powers.ui.PowersViewModel;
import cn.quanze.search.ui.SearchOverlay;
import cn.quanze.search.ui.SearchViewModel;
import cn.quanze.admin.ui.SetupDialog;
import cn.quanze.admin.ui.SetupUnitsViewModel;
import cn.quanze.admin.ui.SetupViewModel;
import cn.quanze.ui.shell.MainWindow;
import cn.quanze.ui.shell.NavEntry;
import cn.quanze.ui.shell.StatusBarModel;
import cn.quanze.supervision.ui.AssignmentViewModel;
import cn.quanze.supervision.ui.SupervisionExports;
import cn.quanze.supervision.ui.SupervisionView;
import cn.quanze.supervision.ui.SupervisionViewModel;
import cn.quanze.sync.ui.SyncView;
import cn.quanze.sync.ui.SyncViewModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/**
 * Builds the window for an open {@link Workbench}: wires each pane's view model to the services it needs, runs
 * the first-run setup when the office identity is missing, and keeps the status bar current.
 */
public final class DesktopApp {
    private final Workbench wb;
    private final Stage stage;
    private final TaskRunner tasks;
    private Dialogs dialogs;
    private final StatusBarModel status = new StatusBarModel();
    private final Preferences preferences;
    private final Reminders reminders;
    private final Registers registers;
    private ReminderTimer reminderTimer;
    private javafx.util.Duration remindEvery;
    private MainWindow window;
    private SyncView syncView;
    private java.nio.file.Path pendingFile;
    private boolean signInRequired;
    private Runnable onQuit;

    /** A window for {@code wb}; without {@link #requireSignIn} it runs as the store's actor (tests, system). */
    public DesktopApp(Workbench wb, Stage stage) {
        this.wb = wb;
        this.stage = stage;
        ErrorPresenter errors = new ErrorPresenter(stage);
        this.tasks = new TaskRunner(errors::show);
        this.dialogs = new FxDialogs(() -> stage);
        this.preferences = new Preferences(wb.store(), wb.settings());
        this.registers = new Registers(wb.cases(), wb.departments(), wb.powers(), wb.supervisionBoard());
        this.reminders = new Reminders(wb.store(), wb.settings(), registers, wb.clock());
    }

    /** The confirmations and file dialogs the panes ask (tests script them); before {@link #show}. */
    public DesktopApp dialogs(Dialogs answers) {
        this.dialogs = answers;
        return this;
    }

    /**
     * What the window needs before it is built: the office (absent on a first run), whether any user exists,
     * and the display preferences.
     */
    private record Startup(Optional<OfficeIdentity> identity, boolean hasUsers, Preferences.Values preferences) {
    }

    /**
     * Asks for a user name and password before the main window shows (creating the first 管理员 when there is
     * none); {@code onQuit} runs when the user cancels instead.
     */
    public DesktopApp requireSignIn(Runnable onQuit) {
        this.signInRequired = true;
        this.onQuit = onQuit;
        return this;
    }

    /**
     * Shows the main window; on a first run asks for the office identity and the first administrator, else (when
     * sign-in is required) for a user name and password. Runs on the FX thread.
     */
    public void show(Runnable onShown) {
        tasks.run("app.opening", () -> new Startup(wb.settings().identity(), wb.users().any(), preferences.read()),
                o -> {
                    build(o.preferences());
                    if (o.identity().isEmpty() || (signInRequired && !o.hasUsers())) {
                        stage.setTitle(I18n.t("app.title"));
                        stage.show();
                        firstRun(o.identity().isEmpty(), onShown);
                    } else if (signInRequired && wb.store().principal().isEmpty()) {
                        signIn(o.identity().get(), onShown);
                    } else {
                        ready(o.identity().get(), onShown);
                    }
                });
    }

    private void build(Preferences.Values prefs) {
        I18n.use(Locale.forLanguageTag(prefs.language()));
        Theme.apply(prefs.dark());
        window = new MainWindow(entries(), status, tasks, this::openSettings);
        SearchOverlay search = new SearchOverlay(new SearchViewModel(wb.globalSearch(), tasks, window::open));
        window.onSearch(() -> search.open(window::showOverlay, window::hideOverlay));
        // fits the screen: maximised on 1366×768 and smaller, 1280×800 centred on a larger one
        javafx.geometry.Rectangle2D screen = Screens.visualBounds(null);
        Scene scene = new Scene(window.root(), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        Theme.style(scene, prefs.fontSize());
        window.installShortcuts(scene);
        stage.setScene(scene);
        Screens.placeMain(stage, screen, 1280, 800, 960, 600);
        // added, not set: the launcher's own on-hidden handler (close the workbench, exit) must still run
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            if (reminderTimer != null) {
                reminderTimer.stop();
            }
            tasks.shutdown();
        });
        wb.store().addChangeListener(changed -> Platform.runLater(() -> {
            updateStatus();
            window.refreshCurrent();
        }));
    }

    private void openSettings() {
        SettingsViewModel.Sources sources = new SettingsViewModel.Sources(preferences, reminders, wb.thresholds());
        tasks.run("settings.loading", sources::read, current -> {
            SettingsViewModel vm = new SettingsViewModel(sources, current, tasks);
            if (SettingsDialog.show(stage, vm)) {
                vm.save(saved -> {
                    Theme.apply(saved.dark());
                    Theme.style(stage.getScene(), saved.fontSize());
                });
            }
        });
    }

    /**
     * The first-run dialog stays open while the office, its key pair and the first administrator are set up (and the
     * demo data loaded when chosen); a refusal is shown in it, beside the field when it is about one.
     */
    private void firstRun(boolean officeNeeded, Runnable onShown) {
        SetupUnitsViewModel units = new SetupUnitsViewModel(dialogs);
        record Done(OfficeIdentity identity, List<String> unitProblems) {
        }
        SetupDialog.show(stage, new SetupViewModel(officeNeeded), officeNeeded ? units : null,
                (c, form) -> tasks.runWithProgress("setup.saving",
                p -> {
                    try {
                        if (officeNeeded) {
                            wb.initOffice(c.code(), c.name(), c.level()); // the identity and the office's own unit
                        }
                        wb.sync().self(); // the Ed25519 key pair of this installation
                        var admin = wb.users().create(c.adminLogin(), c.adminName(), null, Role.ADMIN,
                                c.adminPassword());
                        wb.store().signIn(UserAccounts.principalOf(admin));
                    } finally {
                        java.util.Arrays.fill(c.adminPassword(), '\0');
                    }
                    // the office's own units, typed or imported in the dialog, go in under the office
                    List<String> problems = officeNeeded ? units.apply(wb.units(), wb.unitImport(), c.code()) : List.of();
                    if (c.demo()) {
                        wb.demoData().load();
                    }
                    return new Done(wb.settings().identity().orElseThrow(), problems);
                }, done -> {
                    form.done();
                    ready(done.identity(), onShown);
                    if (!done.unitProblems().isEmpty()) {
                        javafx.scene.control.Alert a = new javafx.scene.control.Alert(
                                javafx.scene.control.Alert.AlertType.WARNING, String.join("\n", done.unitProblems()));
                        a.setHeaderText(I18n.t("setup.units.problems"));
                        a.initOwner(stage);
                        a.getDialogPane().setId("setup-units-problems");
                        a.show();
                    }
                }, e -> refuseSetup(form, e)), this::quit);
    }

    /** A refused first-run setup: an account refusal beside the user name or password, anything else below. */
    private static void refuseSetup(cn.quanze.ui.common.FormOutcome form, Throwable e) {
        if (e instanceof UserAccounts.Refused r) {
            form.refused(cn.quanze.org.OrgMessages.describe(r), r.key().equals("users.invalid.password")
                    ? SetupViewModel.PASSWORD : SetupViewModel.LOGIN);
        } else {
            org.slf4j.LoggerFactory.getLogger(DesktopApp.class).error("first-run setup failed", e);
            form.refused(ErrorPresenter.describe(e), null);
        }
    }

    private void signIn(OfficeIdentity identity, Runnable onShown) {
        Optional<Principal> who = LoginDialog.ask(null, identity.name(), new LoginViewModel(wb.users(), tasks));
        if (who.isEmpty()) {
            quit();
            return;
        }
        wb.store().signIn(who.get());
        ready(identity, onShown);
    }

    private void quit() {
        stage.close();
        if (onQuit != null) {
            onQuit.run();
        }
    }

    /**
     * After the window shows, off the JavaFX thread: the tamper check (a warning when broken), then the day's
     * automatic backup, made only of a database that passed the check so a good backup is never pushed out.
     */
    private void checkOnStart() {
        tasks.run("app.startCheck", () -> wb.dbCheck().run(), problems -> {
            if (!stage.isShowing()) {
                return;
            }
            if (!problems.isEmpty()) {
                StartupWarnings.showBroken(stage, problems);
            } else {
                tasks.run("backup.auto", () -> wb.backups().autoBackup(), made -> { });
            }
        });
    }

    private void ready(OfficeIdentity identity, Runnable onShown) {
        stage.setTitle(I18n.t("app.title.office", identity.name()));
        updateStatus();
        window.show("home");
        stage.show();
        if (pendingFile != null) {
            window.show("sync");
            syncView().previewFile(pendingFile);
            pendingFile = null;
        }
        if (onShown != null) {
            onShown.run();
        }
        checkOnStart();
        if (remindEvery != null) {
            startReminders();
        }
    }

    /**
     * Shows 到期提醒 when the window is ready and then every {@code interval} until it closes (the launcher passes
     * {@link ReminderTimer#EVERY}; without this call, as in most UI tests, there are no reminders).
     */
    public DesktopApp remindEvery(javafx.util.Duration interval) {
        this.remindEvery = interval;
        return this;
    }

    private void startReminders() {
        reminderTimer = new ReminderTimer(new RemindersViewModel(reminders, tasks), remindEvery, () -> stage,
                () -> window.show("home"));
        reminderTimer.start();
    }

    /** The running reminder timer (null before the window is ready). */
    public ReminderTimer reminderTimer() {
        return reminderTimer;
    }

    private void updateStatus() {
        record Status(java.util.Optional<OfficeIdentity> identity, java.util.Optional<String> lastSync) {
        }
        tasks.run("app.status", () -> new Status(wb.settings().identity(), wb.sync().lastExchange()), s -> status.update(
                s.identity().map(i -> I18n.t("status.office", i.name(), i.code())).orElse(""),
                I18n.t("status.user", wb.store().currentActor()),
                I18n.t("status.database", wb.store().file()),
                s.lastSync().map(at -> I18n.t("status.lastSync", java.time.Instant.parse(at)
                        .atZone(java.time.ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString()
                        .replace('T', ' '))).orElse(I18n.t("status.lastSync.never"))));
    }

    private List<NavEntry> entries() {
        var clock = wb.clock();
        return List.of(
                new NavEntry("home", "nav.home", Feather.HOME,
                        () -> new HomeView(new HomeViewModel(new Dashboard(wb.store(), registers, wb.duties(),
                                wb.users()),
                                () -> SyncAttention.read(wb.store(), wb.settings(), clock.instant(),
                                        wb.thresholds().partnerDays()), tasks, target -> window.open(target)))),
                new NavEntry("powers", "nav.powers", Feather.BOOK,
                        () -> new PowersView(new PowersViewModel(wb.powers(), wb.departments(), wb.powerList(),
                                wb.history(), wb.powerImport(), tasks, dialogs, clock))),
                new NavEntry("duties", "nav.duties", Feather.SHIELD,
                        () -> new DutiesView(new DutiesViewModel(wb.departments(), wb.powers(), wb.duties(),
                                wb.dutyCatalog(), wb.catalogExport(), wb.catalogImport(), tasks, dialogs))),
                new NavEntry("deadlines", "nav.deadlines", Feather.CLOCK,
                        () -> new CasesView(new CasesViewModel(wb.cases(), wb.departments(), wb.powers(),
                                wb.settings(), tasks), new CaseStatsViewModel(wb.cases(), wb.departments(),
                                wb.powers(), tasks))),
                new NavEntry("supervision", "nav.supervision", Feather.FLAG,
                        () -> new SupervisionView(new SupervisionViewModel(wb.supervision(), wb.departments(),
                                wb.supervisionService(), wb.supervisionBoard(), new SupervisionExports(wb.notices(),
                                wb.supervisionReports(), wb.ledger(), wb.exportDir()), tasks),
                                new AssignmentViewModel(wb.assignmentBoard(), wb.officeAssignments(),
                                        wb.issuerAssignments(), wb.supervisionService(), wb.departments(), tasks))),
                new NavEntry("sync", "nav.sync", Feather.REFRESH_CW,
                        () -> syncView()),
                new NavEntry("admin", "nav.admin", Feather.SETTINGS,
                        () -> new AdminView(new AdminViewModel(wb.departments(), wb.demoData(), new DbCheck(wb.store()),
                                tasks), new UnitsViewModel(wb.units(), wb.unitImport(), tasks, dialogs,
                                        () -> wb.store().principal().map(p -> p.role() == Role.ADMIN).orElse(true)),
                                new UsersViewModel(wb.users(), wb.departments(), tasks),
                                new AuditViewModel(new AuditLog(wb.store(), clock.getZone()), tasks, clock.getZone()),
                                new BackupViewModel(wb.backups(), tasks, clock.getZone()),
                                new CalendarEditorViewModel(wb.calendarService(), wb.cases(), tasks),
                                new cn.quanze.supervision.ui.EscalationRulesViewModel(wb.escalationRules(), tasks))));
    }

    private SyncView syncView() {
        if (syncView == null) {
            syncView = new SyncView(new SyncViewModel(wb.sync(), tasks, dialogs));
        }
        return syncView;
    }

    /** Opens the import preview of a sync file once the window is ready (a .qzb path given to the app). */
    public void openOnReady(java.nio.file.Path syncFile) {
        this.pendingFile = syncFile;
    }

    public MainWindow window() {
        return window;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}
