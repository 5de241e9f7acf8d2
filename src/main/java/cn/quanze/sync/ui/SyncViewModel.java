package cn.quanze.sync.ui;

import cn.quanze.core.i18n.I18n;
import cn.quanze.sync.data.Backlog;
import cn.quanze.sync.data.Conflicts;
import cn.quanze.sync.data.IdentityCard;
import cn.quanze.sync.data.ImportReport;
import cn.quanze.sync.data.Proposals;
import cn.quanze.sync.SyncException;
import cn.quanze.sync.data.SyncFolder;
import cn.quanze.sync.data.SyncService;
import cn.quanze.ui.common.Dialogs;
import cn.quanze.ui.common.ErrorPresenter;
import cn.quanze.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 数据同步: partners and trust, export and import (with a preview before anything is written), the backlog,
 * conflicts, proposals and the sync folder. All work runs off the JavaFX thread; refusals become the
 * {@link #messageProperty() message} the pane shows.
 */
public final class SyncViewModel {
    /** Minutes between automatic passes over the sync folder. */
    public static final int FOLDER_MINUTES = 5;
    private final SyncService sync;
    private final TaskExecutor tasks;
    private final Dialogs dialogs;
    private final ObservableList<SyncService.Partner> partners = FXCollections.observableArrayList();
    private final ObservableList<Conflicts.Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<Proposals.Proposal> proposals = FXCollections.observableArrayList();
    private final ObservableList<Backlog.Waiting> backlog = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<IdentityCard> self = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportReport> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper autoFolder = new ReadOnlyBooleanWrapper(false);
    private static final Dialogs.FileType QZB = new Dialogs.FileType("*.qzb", "*.qzb");
    private static final Dialogs.FileType CARD = new Dialogs.FileType("*.card", "*.card");
    private TaskExecutor.Running scheduled;
    private Path previewFile;

    public SyncViewModel(SyncService sync, TaskExecutor tasks, Dialogs dialogs) {
        this.sync = sync;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    private record Snapshot(IdentityCard self, List<SyncService.Partner> partners, List<Conflicts.Conflict> conflicts,
                            List<Proposals.Proposal> proposals, List<Backlog.Waiting> backlog, String folder) {
    }

    public void refresh() {
        run("sync.loading", () -> {
            IdentityCard card = sync.card();
            return new Snapshot(card, sync.partners(), sync.conflicts().list(),
                    sync.proposals().inbox(card.officeCode()), sync.backlog(),
                    sync.folder().folder().map(Path::toString).orElse(""));
        }, s -> {
            self.set(s.self());
            partners.setAll(s.partners());
            conflicts.setAll(s.conflicts());
            proposals.setAll(s.proposals());
            backlog.setAll(s.backlog());
            folder.set(s.folder());
        });
    }

    /** Runs work; a sync refusal or any failure becomes the pane's message. */
    private <T> void run(String title, java.util.concurrent.Callable<T> work, Consumer<T> done) {
        tasks.runWithProgress(title, p -> work.call(), done, this::failed);
    }

    private void failed(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && !(root instanceof SyncException)) {
            root = root.getCause();
        }
        refused.set(true);
        message.set(root instanceof SyncException se ? se.reason() : ErrorPresenter.describe(t));
    }

    private void info(String text) {
        refused.set(false);
        message.set(text);
    }

    public String suggestedFileName(String office) {
        return office == null ? "" : sync.nextFileName(office);
    }

    /** Asks where to save the next sync file for {@code office}, then exports it (all of it when {@code full}). */
    public void exportFor(String office, boolean full) {
        dialogs.saveFile(I18n.t("sync.pane.export"), suggestedFileName(office), QZB)
                .ifPresent(f -> export(office, full, f));
    }

    public void export(String office, boolean full, Path out) {
        tasks.runWithProgress("sync.pane.exporting",
                p -> sync.export(office, full, out, n -> p.update(n, -1)), w -> {
                    info(I18n.t("sync.cli.exported", w.file(), w.revisions(), w.attachments(), w.bytes()));
                    refresh();
                }, this::failed);
    }

    /** Asks for a sync file and shows what importing it would do. */
    public void chooseImport() {
        dialogs.openFile(I18n.t("sync.pane.import"), QZB).ifPresent(this::preview);
    }

    /** Checks a file and shows what importing it would do; nothing is written. */
    public void preview(Path file) {
        run("sync.pane.checking", () -> sync.importFile(file, true), r -> {
            previewFile = file;
            preview.set(r);
            info(r.status() == ImportReport.Status.ALREADY_IMPORTED ? I18n.t("sync.cli.already", r.fileName())
                    : I18n.t("sync.pane.previewReady", r.fileName()));
        });
    }

    public void confirmImport() {
        Path file = previewFile;
        if (file == null) {
            return;
        }
        run("sync.pane.importing", () -> sync.importFile(file, false), r -> {
            preview.set(null);
            previewFile = null;
            info(r.status() == ImportReport.Status.ALREADY_IMPORTED ? I18n.t("sync.cli.already", r.fileName())
                    : I18n.t("sync.cli.imported", r.fileName(), r.senderName(), r.count(ImportReport.Kind.ADDED),
                    r.count(ImportReport.Kind.CHANGED), r.count(ImportReport.Kind.DELETED),
                    r.count(ImportReport.Kind.PROPOSED), r.count(ImportReport.Kind.CONFLICT),
                    r.count(ImportReport.Kind.BACKLOG), r.alreadyKnown()) + suffix(r.missing()));
            refresh();
        });
    }

    private static String suffix(List<String> missing) {
        return missing.isEmpty() ? "" : "\n" + String.join("\n", missing);
    }

    public void cancelPreview() {
        preview.set(null);
        previewFile = null;
        info("");
    }

    /** Asks where to save this office's identity card, then writes it. */
    public void exportCard() {
        IdentityCard self = this.self.get();
        dialogs.saveFile(I18n.t("sync.pane.exportCard"), self == null ? "identity.card" : self.officeCode() + ".card",
                CARD).ifPresent(this::writeCard);
    }

    public void writeCard(Path out) {
        run("sync.pane.writingCard", () -> {
            sync.writeCard(out);
            return sync.card();
        }, c -> info(I18n.t("sync.cli.cardWritten", out, c.officeName(), c.officeCode(), c.fingerprint())));
    }

    /** Asks for a partner's identity card, shows its fingerprint to compare, and trusts it when the user agrees. */
    public void trustCard() {
        dialogs.openFile(I18n.t("sync.pane.trustCard"), CARD).ifPresent(this::trustCard);
    }

    /** Reads the card in {@code file} and trusts it when the user agrees after comparing its fingerprint. */
    public void trustCard(Path file) {
        run("sync.pane.readingCard", () -> sync.readCard(file), card -> {
            if (dialogs.confirm(I18n.t("sync.pane.trustHeader"), I18n.t("sync.pane.trustConfirm", card.officeName(),
                    card.officeCode(), card.fingerprint()))) {
                trust(card);
            }
        });
    }

    public void trust(IdentityCard card) {
        run("sync.pane.trusting", () -> {
            sync.trust(card);
            return card;
        }, c -> {
            info(I18n.t("sync.cli.trusted", c.officeName(), c.officeCode(), c.fingerprint()));
            refresh();
        });
    }

    public void accept(Proposals.Proposal p) {
        run("sync.pane.deciding", () -> {
            sync.proposals().accept(p.revId());
            return p;
        }, x -> refresh());
    }

    public void reject(Proposals.Proposal p) {
        run("sync.pane.deciding", () -> {
            sync.proposals().reject(p.revId());
            return p;
        }, x -> refresh());
    }

    public void keep(Conflicts.Conflict c, String revId) {
        run("sync.pane.resolving", () -> {
            sync.conflicts().keep(c.entity(), c.recordId(), revId);
            return c;
        }, x -> refresh());
    }

    /** field → version rev id; fields not chosen keep the provisional value. */
    public void resolveFields(Conflicts.Conflict c, Map<String, String> choice) {
        run("sync.pane.resolving", () -> {
            sync.conflicts().resolve(c.entity(), c.recordId(), choice);
            return c;
        }, x -> refresh());
    }

    /** Asks for the shared sync folder, then keeps it. */
    public void chooseFolder() {
        dialogs.chooseFolder(I18n.t("sync.pane.chooseFolder")).ifPresent(this::setFolder);
    }

    public void setFolder(Path dir) {
        run("sync.pane.savingFolder", () -> {
            sync.folder().setFolder(dir);
            return dir;
        }, d -> folder.set(d == null ? "" : d.toString()));
    }

    /** One pass over the sync folder: import what is addressed to us, export for every partner. */
    public void folderPass() {
        String dir = folder.get();
        if (dir == null || dir.isBlank()) {
            failed(new SyncException("sync.pane.noFolder"));
            return;
        }
        run("sync.pane.folderRunning", () -> sync.folder().pass(Path.of(dir)), (SyncFolder.Pass p) -> {
            String text = I18n.t("sync.cli.folderPass", dir, p.imported().size(), p.refused().size(), p.exported().size());
            if (p.refused().isEmpty()) {
                info(text);
            } else {
                refused.set(true);
                message.set(text + "\n" + String.join("\n", p.refused()));
            }
            refresh();
        });
    }

    public void setAutoFolder(boolean on) {
        autoFolder.set(on);
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
        if (on) {
            scheduled = tasks.every(java.time.Duration.ofMinutes(FOLDER_MINUTES), this::folderPass);
        }
    }

    /** After the user agreed: this installation takes a new node id (a copied database must not share one). */
    public void newNodeId() {
        if (!dialogs.confirm(null, I18n.t("sync.pane.newNodeIdConfirm"))) {
            return;
        }
        run("sync.pane.changingNodeId", sync::newNodeId, id -> {
            info(I18n.t("sync.cli.newNodeId", id));
            refresh();
        });
    }

    public ObservableList<SyncService.Partner> partners() {
        return FXCollections.unmodifiableObservableList(partners);
    }

    public ObservableList<Conflicts.Conflict> conflicts() {
        return FXCollections.unmodifiableObservableList(conflicts);
    }

    public ObservableList<Proposals.Proposal> proposals() {
        return FXCollections.unmodifiableObservableList(proposals);
    }

    public ObservableList<Backlog.Waiting> backlog() {
        return FXCollections.unmodifiableObservableList(backlog);
    }

    public ReadOnlyObjectProperty<IdentityCard> selfProperty() {
        return self.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty autoFolderProperty() {
        return autoFolder.getReadOnlyProperty();
    }

    /** A readable name of an entity type ("督办事项"), or the type itself when it has none. */
    public static String entityLabel(String entity) {
        return cn.quanze.sync.data.SyncLabels.entity(entity);
    }

    /** A readable name of a column ("标题"), or the column itself when it has none. */
    public static String fieldLabel(String column) {
        return cn.quanze.sync.data.SyncLabels.field(column);
    }
}
