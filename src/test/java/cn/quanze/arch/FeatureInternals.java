package cn.quanze.arch;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/** A class of feature A may use feature B's domain, data (services, repositories) and root, not B's ui or files. */
final class FeatureInternals extends ArchCondition<JavaClass> {
    FeatureInternals() {
        super("use another feature only through its services, repositories and domain types");
    }

    static Optional<String> feature(String pkg) {
        for (String f : ArchitectureRules.FEATURES) {
            if (pkg.equals("cn.quanze." + f) || pkg.startsWith("cn.quanze." + f + ".")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static boolean internal(String pkg, String feature) {
        String rest = pkg.substring(("cn.quanze." + feature).length());
        return rest.startsWith(".ui") || rest.startsWith(".files");
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        Optional<String> mine = feature(item.getPackageName());
        for (Dependency d : item.getDirectDependenciesFromSelf()) {
            String target = d.getTargetClass().getPackageName();
            Optional<String> theirs = feature(target);
            if (theirs.isPresent() && mine.isPresent() && !theirs.equals(mine) && internal(target, theirs.get())) {
                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
            }
        }
    }
}
