package cn.quanze.sync.data;

import cn.quanze.sync.SyncException;
import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.core.db.OfficeSettings;
import cn.quanze.core.db.Store;
import cn.quanze.core.db.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A shared folder as the post office: one pass imports the files addressed to this office (moving each to done/,
 * or, whatever the reason it cannot be imported, to rejected/ with a reason file beside it, so one bad file never
 * blocks the ones behind it) and then exports a file for every partner with something to send.
 */
public final class SyncFolder {
    public static final String SETTING = "sync.folder";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SyncFolder.class);
    /** Failures of this installation, not of the file: the pass stops and the files wait for the next one. */
    private static final java.util.Set<StoreException.Kind> LOCAL_FAILURES = java.util.EnumSet.of(
            StoreException.Kind.LOCKED, StoreException.Kind.READ_ONLY, StoreException.Kind.DISK_FULL,
            StoreException.Kind.IN_USE, StoreException.Kind.FORBIDDEN);

    /** What one pass did: files imported, refused (with reasons) and written. */
    public record Pass(List<ImportReport> imported, List<String> refused, List<Path> exported) {
    }

    private final Store store;
    private final OfficeSettings settings;
    private final SyncService sync;

    public SyncFolder(Store store, OfficeSettings settings, SyncService sync) {
        this.store = store;
        this.settings = settings;
        this.sync = sync;
    }

    public Optional<Path> folder() {
        return settings.get(SETTING).filter(s -> !s.isBlank()).map(Path::of);
    }

    public void setFolder(Path dir) {
        store.run("sync.folder", uow -> settings.set(uow, SETTING, dir == null ? "" : dir.toAbsolutePath().toString()));
    }

    public Pass pass(Path dir) {
        OfficeIdentity self = sync.self();
        List<ImportReport> imported = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<Path> exported = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Path file : addressedTo(dir, self.code())) {
                try {
                    ImportReport r = sync.importFile(file, false);
                    imported.add(r);
                    move(file, dir.resolve("done"));
                } catch (SyncException e) {
                    if ("sync.refused.ownFile".equals(e.key())) {
                        continue;
                    }
                    reject(file, dir, e.reason(), refused);
                } catch (StoreException e) {
                    if (LOCAL_FAILURES.contains(e.kind())) {
                        throw e; // this installation cannot write now (locked, full, read-only): the files stay for later
                    }
                    LOG.warn("sync folder: {} refused", file, e);
                    reject(file, dir, new SyncException("sync.refused.failed", file.getFileName()).reason(), refused);
                } catch (RuntimeException e) {
                    LOG.warn("sync folder: {} refused", file, e);
                    reject(file, dir, new SyncException("sync.refused.failed", file.getFileName()).reason(), refused);
                }
            }
            for (SyncService.Partner p : sync.partners()) {
                boolean waiting = !fromTo(dir, self.code(), p.officeCode()).isEmpty();
                if (!waiting && (p.pending() > 0 || sync.haveChangedSinceLastExport(p.officeCode()))) {
                    Path out = dir.resolve(sync.nextFileName(p.officeCode()));
                    sync.export(p.officeCode(), false, out, n -> { });
                    exported.add(out);
                }
            }
        } catch (IOException e) {
            throw new SyncException("sync.folder.failed", dir, String.valueOf(e.getMessage()));
        }
        return new Pass(imported, refused, exported);
    }

    private static List<Path> addressedTo(Path dir, String office) throws IOException {
        String marker = "-to-" + office + "-";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".qzb") && f.getFileName().toString().contains(marker))
                    .sorted().toList();
        }
    }

    /** Our files the partner has not picked up yet (one waiting file is enough: exports are cumulative). */
    private static List<Path> fromTo(Path dir, String self, String partner) throws IOException {
        String prefix = self + "-to-" + partner + "-";
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** Moves a file that cannot be imported to rejected/ with the reason beside it, so the next file is reached. */
    private static void reject(Path file, Path dir, String reason, List<String> refused) throws IOException {
        refused.add(reason);
        Path target = move(file, dir.resolve("rejected"));
        Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), reason + "\n",
                StandardCharsets.UTF_8);
    }

    private static Path move(Path file, Path into) throws IOException {
        Files.createDirectories(into);
        Path target = into.resolve(file.getFileName());
        return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
