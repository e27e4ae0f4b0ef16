package org.warta.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.warta.store.GraphValidator;
import org.warta.store.WartaStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every graph in the store against the SHACL shapes (ontology/shapes.ttl). "
                + "Exits 1 on any violation.",
        footer = ExitCodes.HELP)
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--max", paramLabel = "N", defaultValue = "100",
            description = "Stop listing after N violations (default: ${DEFAULT-VALUE}).")
    int max;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        GraphValidator.Result result;
        try (WartaStore s = WartaStore.open(store.existing())) {
            result = GraphValidator.fromResources().validate(s, max);
        }
        result.violations().forEach(v -> out.println("violation: " + v));
        if (result.conforms()) {
            out.printf("conforms: %d graph(s) checked, no violations%n", result.graphs());
            return ExitCodes.OK;
        }
        out.printf("does not conform: %d violation(s)%s in %d graph(s) checked%n", result.violations().size(),
                result.violations().size() >= max ? " or more" : "", result.graphs());
        return ExitCodes.SOME_FAILED;
    }
}
