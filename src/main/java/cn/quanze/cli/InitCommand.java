package cn.quanze.cli;

import cn.quanze.wiring.Workbench;
import cn.quanze.core.domain.OfficeIdentity;
import cn.quanze.core.domain.OfficeLevel;
import cn.quanze.demo.DemoData;
import cn.quanze.core.i18n.I18n;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code quanze init}: creates the database and sets the office identity, optionally with demo data. */
@Command(name = "init", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    QuanzeCommand root;

    @Option(names = "--office-code", required = true, descriptionKey = "init.officeCode")
    String code;

    @Option(names = "--office-name", required = true, descriptionKey = "init.officeName")
    String name;

    @Option(names = "--level", required = true, descriptionKey = "init.level")
    String level;

    @Option(names = "--demo", descriptionKey = "init.demo")
    boolean demo;

    @Override
    public Integer call() {
        if (!OfficeIdentity.isValidCode(code)) {
            System.err.println(I18n.t("init.badCode", code));
            return QuanzeCommand.USAGE;
        }
        OfficeLevel officeLevel;
        try {
            officeLevel = OfficeLevel.parse(level);
        } catch (IllegalArgumentException e) {
            System.err.println(I18n.t("init.badLevel", level));
            return QuanzeCommand.USAGE;
        }
        try (Workbench wb = root.open()) {
            var existing = wb.settings().identity();
            if (existing.isPresent() && !existing.get().code().equals(code)) {
                System.err.println(I18n.t("init.alreadyOther", existing.get().code(), existing.get().name()));
                return QuanzeCommand.FAILED;
            }
            wb.initOffice(code, name, officeLevel); // the identity, and the office itself as a unit
            wb.sync().self(); // the Ed25519 key pair of this installation
            System.out.println(I18n.t("init.done", name, code, wb.store().file()));
            if (demo) {
                DemoData.Counts c = wb.demoData().load();
                System.out.println(I18n.t("init.demoLoaded", c.departments(), c.powerItems(), c.supervisionItems(),
                        c.feedback()));
            }
            return QuanzeCommand.OK;
        }
    }
}
