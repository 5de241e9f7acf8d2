package cn.quanze.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quanze.TestWorkbench;
import cn.quanze.core.db.Sql;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.core.i18n.I18n;
import cn.quanze.org.data.OrgRecords;
import cn.quanze.org.domain.Department;
import cn.quanze.org.domain.UnitKind;
import cn.quanze.sync.data.IdentityCard;
import cn.quanze.ui.common.SameThreadExecutor;
import cn.quanze.ui.common.ScriptedDialogs;
import cn.quanze.wiring.Workbench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 数据同步 without a window, for a district office and one of its sub-districts: trusting a card after comparing
 * its fingerprint, exporting, previewing then importing a file, a proposal accepted, refusals, and the sync folder.
 */
class SyncViewModelTest {
    @TempDir
    Path dir;
    private Workbench district;
    private Workbench street;
    private final SameThreadExecutor tasks = new SameThreadExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SyncViewModel vm;

    @BeforeEach
    void open() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        district = office("qu", "QU", "徐汇区人民政府办公室", OfficeLevel.DISTRICT);
        street = office("jd", "JD01", "湖南路街道办事处", OfficeLevel.SUBDISTRICT);
        vm = new SyncViewModel(district.sync(), tasks, dialogs);
        vm.refresh();
    }

    @AfterEach
    void close() {
        vm.setAutoFolder(false);
        district.close();
        street.close();
        assertThat(dialogs.done()).as("every scripted answer was asked for").isTrue();
    }

    private Workbench office(String name, String code, String officeName, OfficeLevel level) {
        Workbench wb = TestWorkbench.open(dir.resolve(name));
        wb.store().run("office.init", uow -> wb.settings().saveIdentity(uow, code, officeName, level));
        return wb;
    }

    /** The district trusts the street through the pane; the street trusts the district directly. */
    private void trustTheStreet() {
        Path card = dir.resolve("JD01.card");
        street.sync().writeCard(card);
        Path ours = dir.resolve("QU.card");
        district.sync().writeCard(ours);
        street.sync().trust(street.sync().readCard(ours));
        dialogs.file(card).yes();
        vm.trustCard();
    }

    private String departmentName() {
        return district.store().read(c -> Sql.one(c, "SELECT name FROM department WHERE id = 'd1'")).orElseThrow()
                .str("name");
    }

    @Test
    void aCardIsTrustedOnlyAfterTheUserComparedItsFingerprint() {
        IdentityCard self = vm.selfProperty().get();
        assertThat(self.officeCode()).isEqualTo("QU");
        assertThat(vm.partners()).isEmpty();
        Path card = dir.resolve("JD01.card");
        street.sync().writeCard(card);
        IdentityCard theirs = street.sync().readCard(card);

        dialogs.file(card).no();
        vm.trustCard();
        assertThat(dialogs.asked()).last().satisfies(a -> assertThat(a.text()).contains(theirs.fingerprint()));
        assertThat(vm.partners()).isEmpty();

        dialogs.file(card).yes();
        vm.trustCard();
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.t("sync.cli.trusted", "湖南路街道办事处", "JD01",
                theirs.fingerprint()));
        assertThat(vm.refusedProperty().get()).isFalse();
        assertThat(vm.partners()).extracting(p -> p.officeCode()).containsExactly("JD01");

        Path written = dir.resolve("mine.card");
        dialogs.file(written);
        vm.exportCard();
        assertThat(dialogs.asked()).last().satisfies(a -> assertThat(a.text()).isEqualTo("QU.card"));
        assertThat(district.sync().readCard(written).fingerprint()).isEqualTo(self.fingerprint());
    }

    @Test
    void exportAPreviewThatWritesNothingThenTheImportAndAProposalAccepted() {
        trustTheStreet();
        district.store().run("t", uow -> uow.put(OrgRecords.DEPARTMENT,
                new Department("d1", "D01", "区发改委", null, UnitKind.DEPARTMENT, false)));
        Path toStreet = dir.resolve("to-street.qzb");
        String suggested = district.sync().nextFileName("JD01");
        dialogs.file(toStreet);
        vm.exportFor("JD01", false);
        assertThat(dialogs.asked()).last().satisfies(a -> assertThat(a.text()).isEqualTo(suggested));
        assertThat(vm.messageProperty().get()).startsWith("已导出 " + toStreet);
        street.sync().importFile(toStreet, false);
        street.store().run("t", uow -> uow.put(OrgRecords.DEPARTMENT,
                new Department("d1", "D01", "区发展和改革委员会", null, UnitKind.DEPARTMENT, false)));
        Path back = street.sync().export("QU", false, dir.resolve(street.sync().nextFileName("QU")), n -> { }).file();

        dialogs.file(back);
        vm.chooseImport();
        assertThat(vm.previewProperty().get().senderName()).isEqualTo("湖南路街道办事处");
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.t("sync.pane.previewReady", back.getFileName()));
        assertThat(departmentName()).isEqualTo("区发改委");
        assertThat(vm.proposals()).isEmpty();

        vm.confirmImport();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).startsWith("已导入").contains("修改建议 1");
        assertThat(departmentName()).isEqualTo("区发改委"); // a proposal for the owner, not a silent overwrite
        assertThat(vm.proposals()).hasSize(1);
        vm.accept(vm.proposals().get(0));
        assertThat(vm.proposals()).isEmpty();
        assertThat(departmentName()).isEqualTo("区发展和改革委员会");

        vm.preview(back);
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.t("sync.cli.already", back.getFileName()));
        vm.cancelPreview();
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(district.dbCheck().run()).isEmpty();
    }

    @Test
    void aDamagedFileIsRefusedWithItsReasonAndNothingIsPreviewed() throws Exception {
        Path junk = dir.resolve("坏文件.qzb");
        Files.write(junk, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        vm.preview(junk);
        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isNotBlank().doesNotContain("!").doesNotContainPattern("[Ee]xception");
        assertThat(vm.previewProperty().get()).isNull();
        vm.confirmImport(); // nothing previewed: nothing imported
        assertThat(tasks.messages()).doesNotContain("sync.pane.importing");
    }

    @Test
    void theSyncFolderIsChosenThenPassedOverNowAndOnATimer() throws Exception {
        vm.folderPass();
        assertThat(vm.refusedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.t("sync.pane.noFolder"));

        trustTheStreet();
        Path shared = Files.createDirectories(dir.resolve("共享"));
        dialogs.file(shared);
        vm.chooseFolder();
        assertThat(vm.folderProperty().get()).isEqualTo(shared.toString());
        vm.folderPass();
        assertThat(vm.refusedProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.t("sync.cli.folderPass", shared, 0, 0, 1));
        try (var files = Files.list(shared)) {
            assertThat(files.count()).isEqualTo(1);
        }

        vm.setAutoFolder(true);
        assertThat(vm.autoFolderProperty().get()).isTrue();
        assertThat(tasks.scheduled()).containsExactly(Duration.ofMinutes(SyncViewModel.FOLDER_MINUTES));
        int runs = tasks.messages().size();
        tasks.tick();
        assertThat(tasks.messages().subList(runs, tasks.messages().size())).contains("sync.pane.folderRunning");
        vm.setAutoFolder(false);
        assertThat(tasks.scheduled()).isEmpty();
    }

    @Test
    void aNewNodeIdOnlyWhenTheUserAgrees() {
        String before = district.store().nodeId();
        dialogs.no();
        vm.newNodeId();
        assertThat(district.store().nodeId()).isEqualTo(before);
        assertThat(tasks.messages()).doesNotContain("sync.pane.changingNodeId");
        dialogs.yes();
        vm.newNodeId();
        assertThat(district.store().nodeId()).isNotEqualTo(before);
        assertThat(vm.messageProperty().get()).isEqualTo(I18n.t("sync.cli.newNodeId", district.store().nodeId()));
        assertThat(List.of(vm.selfProperty().get().nodeId())).containsExactly(district.store().nodeId());
    }
}
