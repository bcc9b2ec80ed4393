package dev.roster.testkit;

import dev.roster.model.NewAccount;
import dev.roster.model.Target;
import java.util.List;
import java.util.Map;

class MemoryTargetContractTest extends TargetContract {
    private final MemoryAccounts accounts = new MemoryAccounts();

    @Override
    protected Target openTarget() {
        return new MemoryTarget("memory", accounts);
    }

    @Override
    protected Probe probe() {
        return accounts;
    }

    @Override
    protected Hand hand() {
        return accounts;
    }

    @Override
    protected NewAccount newAccount(String correlationId, boolean enabled) {
        return new NewAccount("p-" + correlationId, correlationId, Map.of("name",
                "Person " + correlationId, "title", "Tester"), enabled);
    }

    @Override
    protected String changeableAttribute() {
        return "title";
    }

    @Override
    protected List<String> permissions() {
        return List.of("readers", "writers");
    }
}
