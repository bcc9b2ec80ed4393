package dev.roster.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A source without a streaming read of its own still hands its records over one at a time. */
class SourceStreamingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Department SALES = new Department("D1", "Sales", "", "");

    /** A source that always reads the batch it was made with, or an unchanged one for its fingerprint. */
    private static Source source(SourceBatch batch) {
        return new Source() {
            @Override
            public String name() {
                return "hr";
            }

            @Override
            public SourceBatch read(LocalDate asOf, Progress progress) {
                return batch;
            }

            @Override
            public SourceBatch read(LocalDate asOf, Progress progress, String unless) {
                return batch.fingerprint().equals(unless) ? SourceBatch.unchanged(unless) : batch;
            }
        };
    }

    private static SourceRecord record(String id) {
        return new SourceRecord(id, Map.of("givenname", "Name " + id), List.of());
    }

    /** What a sink was handed, in order. */
    private static final class Handed implements RecordSink {
        final List<String> calls = new ArrayList<>();

        @Override
        public void departments(List<Department> departments) {
            calls.add("departments " + departments.stream().map(Department::id).toList());
        }

        @Override
        public void record(SourceRecord record) {
            calls.add("record " + record.id());
        }
    }

    @Test
    void theDepartmentsComeFirstThenTheRecordsInSourceOrderAndTheBatchKeepsNone() {
        SourceBatch full = new SourceBatch(List.of(record("E2"), record("E1"), record("E3")), List.of(SALES),
                Map.of("employees", 3), List.of("employee E3: no birth date"), "fp-1", false);
        Handed sink = new Handed();

        SourceBatch streamed = source(full).read(DAY, Progress.NONE, "", sink);

        assertThat(sink.calls).containsExactly("departments [D1]", "record E2", "record E1", "record E3");
        assertThat(streamed.records()).isEmpty();
        assertThat(streamed.departments()).containsExactly(SALES);
        assertThat(streamed.counts()).containsEntry("employees", 3);
        assertThat(streamed.warnings()).containsExactly("employee E3: no birth date");
        assertThat(streamed.fingerprint()).isEqualTo("fp-1");
        assertThat(streamed.unchanged()).isFalse();
    }

    @Test
    void anUnchangedSourceHandsOverNothing() {
        SourceBatch full = new SourceBatch(List.of(record("E1")), List.of(SALES), Map.of(), List.of(), "fp-1", false);
        Handed sink = new Handed();

        SourceBatch again = source(full).read(DAY, Progress.NONE, "fp-1", sink);

        assertThat(again.unchanged()).isTrue();
        assertThat(sink.calls).isEmpty();
    }
}
