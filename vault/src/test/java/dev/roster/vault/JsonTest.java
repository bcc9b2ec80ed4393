package dev.roster.vault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.model.Person;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void personSurvivesARoundTrip() {
        Person person = People.detailed("100235");

        Person back = Json.person(Json.write(person, "person"));

        assertThat(back).isEqualTo(person);
        assertThat(back.contracts().get(0).hours()).isEqualByComparingTo("36.00");
        assertThat(back.contracts().get(1).end()).isNull();
    }

    @Test
    void equalPersonsGiveEqualTextWhateverTheMapOrder() {
        Map<String, String> forward = new LinkedHashMap<>();
        Map<String, String> backward = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            forward.put("f" + i, "v" + i);
            backward.put("f" + (49 - i), "v" + (49 - i));
        }
        Person a = withFields(People.simple("1", "x"), forward);
        Person b = withFields(People.simple("1", "x"), backward);

        assertThat(Json.hash(Json.write(a, "a"))).isEqualTo(Json.hash(Json.write(b, "b")))
                .hasSize(64);
    }

    @Test
    void datesAreWrittenAsIsoText() {
        assertThat(Json.write(People.detailed("1"), "person"))
                .contains("\"birthDate\":\"1980-02-29\"", "\"end\":\"2023-12-31\"", "\"hours\":36.00");
    }

    private static Person withFields(Person p, Map<String, String> fields) {
        return new Person(p.id(), p.name(), p.email(), p.birthDate(), p.gender(),
                new HashMap<>(fields), p.contracts());
    }
}
