package cn.quanze.wiring;

import cn.quanze.cases.domain.calendar.WorkCalendar;
import cn.quanze.demo.DemoData;
import cn.quanze.powers.files.PowerImport;
import cn.quanze.cases.calendar.CalendarService;
import cn.quanze.cases.calendar.LiveCalendar;
import cn.quanze.cases.data.CaseLedger;
import cn.quanze.core.db.Backups;
import cn.quanze.supervision.files.NoticeService;
import cn.quanze.supervision.files.SummaryBuilder;
import cn.quanze.supervision.files.SupervisionReports;
import cn.quanze.supervision.files.LedgerExcel;
import cn.quanze.supervision.data.SupervisionBoard;
import cn.quanze.home.data.WarningThresholds;
import cn.quanze.core.db.DataDirLock;
import cn.quanze.core.db.DbCheck;
import cn.quanze.org.data.DepartmentRepository;
import cn.quanze.org.data.UnitRegister;
import cn.quanze.org.files.UnitImport;
import cn.quanze.core.db.History;
import cn.quanze.duties.files.CatalogExport;
import cn.quanze.duties.files.CatalogImport;
import cn.quanze.duties.data.DutyCatalog;
import cn.quanze.duties.data.DutyRepository;
import cn.quanze.search.data.GlobalSearch;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.powers.data.PowerItemRepository;
import cn.quanze.powers.data.PowerListService;
import cn.quanze.core.db.Store;
import cn.quanze.supervision.data.SupervisionRepository;
import cn.quanze.sync.data.SyncService;
import cn.quanze.org.data.UserAccounts;
import cn.quanze.org.domain.PasswordHasher;
import cn.quanze.supervision.data.SupervisionService;
import cn.quanze.supervision.data.AssignmentBoard;
import cn.quanze.supervision.data.AssignmentRecords;
import cn.quanze.core.db.AttachmentFiles;
import cn.quanze.supervision.data.IssuerAssignments;
import cn.quanze.supervision.data.OfficeAssignments;
import cn.quanze.supervision.data.EscalationRules;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The non-UI services of one data directory, wired by constructor injection. The window and the CLI both
 * start from here; closing it releases the database and the data-directory lock.
 */
public final class Workbench implements AutoCloseable {
    private final Path dataDir;
    private final DataDirLock lock;
    private final Store store;
    private final Clock clock;
    private final OfficeSettings settings;
    private final DepartmentRepository departments;
    private final UnitRegister units;
    private final UnitImport unitImport;
    private final PowerItemRepository powers;
    private final SupervisionRepository supervision;
    private final DemoData demoData;
    private final SyncService sync;
    private final History history;
    private final PowerListService powerList;
    private final PowerImport powerImport;
    private final LiveCalendar calendar;
    private final CaseLedger cases;
    private final CalendarService calendarService;
    private final DutyRepository duties;
    private final DutyCatalog dutyCatalog;
    private final CatalogExport catalogExport;
    private final UserAccounts users;
    private final Backups backups;
    private final AttachmentFiles attachments;
    private final SupervisionService supervisionService;
    private final EscalationRules escalationRules;
    private final SupervisionBoard supervisionBoard;
    private final WarningThresholds thresholds;
    private final NoticeService notices;
    private final SupervisionReports supervisionReports;
    private final LedgerExcel ledger;
    private final CatalogImport catalogImport;
    private final GlobalSearch globalSearch;
    private final IssuerAssignments issuerAssignments;
    private final OfficeAssignments officeAssignments;
    private final AssignmentBoard assignmentBoard;

    private Workbench(Path dataDir, DataDirLock lock, Store store, Clock clock) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.store = store;
        this.clock = clock;
        this.settings = new OfficeSettings(store);
        this.departments = new cn.quanze.org.data.JdbcDepartmentRepository(store);
        this.units = new UnitRegister(store, clock);
        this.unitImport = new UnitImport(units);
        this.powers = new cn.quanze.powers.data.JdbcPowerItemRepository(store);
        this.supervision = new cn.quanze.supervision.data.JdbcSupervisionRepository(store);
        this.demoData = new DemoData(store);
        this.history = new History(store);
        this.powerList = new PowerListService(store, clock);
        this.powerImport = new PowerImport(store, powers, departments, settings);
        this.calendar = new LiveCalendar(store);
        this.cases = new CaseLedger(store, settings, calendar, clock);
        this.calendarService = new CalendarService(store, calendar, cases);
        this.duties = new DutyRepository(store);
        this.dutyCatalog = new DutyCatalog(store);
        this.catalogExport = new CatalogExport(departments, powers, duties);
        this.users = new UserAccounts(store, clock, new PasswordHasher());
        this.backups = new Backups(store, dataDir.resolve("backups"), clock);
        this.attachments = new AttachmentFiles(dataDir);
        this.supervisionService = new SupervisionService(store, calendar, attachments, clock);
        this.escalationRules = new EscalationRules(store, settings);
        this.thresholds = new WarningThresholds(store, settings);
        this.supervisionBoard = new SupervisionBoard(supervision, departments, escalationRules, calendar, thresholds::supervision);
        this.notices = new NoticeService(supervisionService, departments, settings);
        this.supervisionReports = new SupervisionReports(new SummaryBuilder(supervision, supervisionBoard, settings),
                supervisionService);
        this.ledger = new LedgerExcel(supervision, departments, supervisionService);
        this.sync = new SyncService(store, settings, dataDir, clock);
        this.catalogImport = new CatalogImport(store, powers, duties);
        this.globalSearch = new GlobalSearch(store);
        this.issuerAssignments = new IssuerAssignments(store, calendar, clock);
        this.officeAssignments = new OfficeAssignments(store, calendar, clock);
        this.assignmentBoard = new AssignmentBoard(store, calendar, settings, clock);
        // a lead office's 签收, progress or request arriving by sync file is taken into the issuer's item at once
        store.addChangeListener(touched -> {
            if (touched.contains(AssignmentRecords.RECEIPT.name())) {
                issuerAssignments.settleIfAllowed();
            }
        });
    }

    /** Locks the data directory, then opens and migrates its database. */
    public static Workbench open(Path dataDir, Supplier<String> actor, Clock clock) {
        DataDirLock lock = DataDirLock.acquire(dataDir);
        try {
            Store store = Store.open(dataDir.resolve(AppPaths.DB_FILE), actor, clock, ProductSchema.create());
            return new Workbench(dataDir, lock, store, clock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public static String systemUser() {
        return System.getProperty("user.name", "system");
    }

    public Path dataDir() {
        return dataDir;
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public OfficeSettings settings() {
        return settings;
    }

    public DepartmentRepository departments() {
        return departments;
    }

    /** 组织机构: the units as a tree with history (add, edit, move, retire, merge). */
    public UnitRegister units() {
        return units;
    }

    /** The unit list from a workbook (all rows checked first; nothing written when one is bad). */
    public UnitImport unitImport() {
        return unitImport;
    }

    /**
     * Sets the office identity of this installation and makes sure the office itself is a unit (code = office
     * code, name = office name, not demo), in one transaction: {@code init} and the first-run setup call it.
     */
    public void initOffice(String code, String name, cn.quanze.core.domain.OfficeLevel level) {
        store.run("office.init", uow -> {
            settings.saveIdentity(uow, code, name, level);
            UnitRegister.ensureOffice(uow, code, name);
        });
    }

    public PowerItemRepository powers() {
        return powers;
    }

    public SupervisionRepository supervision() {
        return supervision;
    }

    /**
     * The working-day calendar: official schedules shipped in seeds/calendar, years imported into the store,
     * estimates for later years and the office's local entries. Always current (rebuilt on calendar changes).
     */
    public WorkCalendar calendar() {
        return calendar;
    }

    /** The history of any record, from the change log. */
    public History history() {
        return history;
    }

    public PowerListService powerList() {
        return powerList;
    }

    public PowerImport powerImport() {
        return powerImport;
    }

    /** Calendar imports and local entries. */
    public CalendarService calendarService() {
        return calendarService;
    }

    /** 限时办结: cases and their transitions. */
    public CaseLedger cases() {
        return cases;
    }

    public DemoData demoData() {
        return demoData;
    }

    /** 交办 between offices, the issuer's side: settle receipts, decide requests, re-assign. */
    public IssuerAssignments issuerAssignments() {
        return issuerAssignments;
    }

    /** 交办 between offices, the receiving office's side: 签收/退回, 分解落实, reports and requests. */
    public OfficeAssignments officeAssignments() {
        return officeAssignments;
    }

    public AssignmentBoard assignmentBoard() {
        return assignmentBoard;
    }

    public SyncService sync() {
        return sync;
    }

    public DutyRepository duties() {
        return duties;
    }

    public DutyCatalog dutyCatalog() {
        return dutyCatalog;
    }

    public CatalogImport catalogImport() {
        return catalogImport;
    }

    public CatalogExport catalogExport() {
        return catalogExport;
    }

    public UserAccounts users() {
        return users;
    }

    public Backups backups() {
        return backups;
    }

    public AttachmentFiles attachments() {
        return attachments;
    }

    public SupervisionService supervisionService() {
        return supervisionService;
    }

    public EscalationRules escalationRules() {
        return escalationRules;
    }

    public SupervisionBoard supervisionBoard() {
        return supervisionBoard;
    }

    /** Warning thresholds (cases, supervision items, silent sync partners), edited in 设置. */
    public WarningThresholds thresholds() {
        return thresholds;
    }

    public NoticeService notices() {
        return notices;
    }

    public SupervisionReports supervisionReports() {
        return supervisionReports;
    }

    public LedgerExcel ledger() {
        return ledger;
    }

    /** Where the window writes notices, reports and ledgers unless the user picks another place. */
    public Path exportDir() {
        return dataDir.resolve("exports");
    }

    /** The global search (Ctrl+K) over power items, duties, cases, supervision items and units. */
    public GlobalSearch globalSearch() {
        return globalSearch;
    }

    public DbCheck dbCheck() {
        return new DbCheck(store);
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            lock.close();
        }
    }
}
