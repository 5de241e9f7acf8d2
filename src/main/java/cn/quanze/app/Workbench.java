package cn.quanze.app;

import cn.quanze.exchange.DemoData;
import cn.quanze.store.Backups;
import cn.quanze.store.DataDirLock;
import cn.quanze.store.DbCheck;
import cn.quanze.store.DepartmentRepository;
import cn.quanze.store.JdbcRepositories;
import cn.quanze.store.OfficeSettings;
import cn.quanze.store.PowerItemRepository;
import cn.quanze.store.Store;
import cn.quanze.store.SupervisionRepository;
import cn.quanze.store.UserAccounts;
import cn.quanze.domain.user.PasswordHasher;
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
    private final PowerItemRepository powers;
    private final SupervisionRepository supervision;
    private final DemoData demoData;
    private final UserAccounts users;
    private final Backups backups;

    private Workbench(Path dataDir, DataDirLock lock, Store store, Clock clock) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.store = store;
        this.clock = clock;
        this.settings = new OfficeSettings(store);
        this.departments = JdbcRepositories.departments(store);
        this.powers = JdbcRepositories.powers(store);
        this.supervision = JdbcRepositories.supervision(store);
        this.demoData = new DemoData(store);
        this.users = new UserAccounts(store, clock, new PasswordHasher());
        this.backups = new Backups(store, dataDir.resolve("backups"), clock);
    }

    /** Locks the data directory, then opens and migrates its database. */
    public static Workbench open(Path dataDir, Supplier<String> actor, Clock clock) {
        DataDirLock lock = DataDirLock.acquire(dataDir);
        try {
            Store store = Store.open(dataDir.resolve(AppPaths.DB_FILE), actor, clock);
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

    public PowerItemRepository powers() {
        return powers;
    }

    public SupervisionRepository supervision() {
        return supervision;
    }

    public DemoData demoData() {
        return demoData;
    }

    public UserAccounts users() {
        return users;
    }

    public Backups backups() {
        return backups;
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
