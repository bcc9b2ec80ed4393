package dev.roster.sim.visma;

import dev.roster.sim.hr.HrTable;
import dev.roster.sim.hr.Organisation;
import dev.roster.sim.hr.OrganisationGenerator;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedFilesTest {

    private static RenderedFiles.Key employees(Organisation organisation) {
        return new RenderedFiles.Key(organisation, HrTable.EMPLOYEES, HrTable.EMPLOYEES.columns(), Set.of(), 0, 1);
    }

    @Test
    void aFileIsRenderedOnceWithTheRowsOfItsOrganisationAndForgottenTwoOrganisationsLater() throws Exception {
        Organisation first = new OrganisationGenerator(7).generate(200, LocalDate.of(2026, 3, 1));
        Organisation second = first.mutate(0.05, 1);
        Organisation third = second.mutate(0.05, 2);
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        try (RenderedFiles files = new RenderedFiles(renders::incrementAndGet)) {
            Path one = files.file(employees(first));
            StringWriter expected = new StringWriter();
            first.writeCsv(HrTable.EMPLOYEES, expected);
            assertThat(Files.readString(one)).isEqualTo(expected.toString());
            assertThat(files.file(employees(first))).isEqualTo(one);
            assertThat(renders).hasValue(1);

            Path two = files.file(employees(second));
            assertThat(two).isNotEqualTo(one);
            assertThat(Files.readString(two)).isNotEqualTo(expected.toString());
            assertThat(one).exists();

            Path three = files.file(employees(third));
            assertThat(one).doesNotExist();
            assertThat(two).exists();
            assertThat(three).exists();
            files.close();
            assertThat(two).doesNotExist();
            assertThat(three.getParent()).doesNotExist();
        }
    }
}
