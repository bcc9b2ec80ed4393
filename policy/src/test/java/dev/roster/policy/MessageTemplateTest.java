package dev.roster.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.model.ConfigException;
import dev.roster.model.NamingConvention;
import dev.roster.model.Person;
import dev.roster.model.PersonName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Templates of messages: the person's manager and the values the caller adds, beside the usual ones. */
class MessageTemplateTest {

    static final Set<String> MORE = Set.of("action.verb", "account.name");

    static Person named(String id, String given, String family, String email) {
        return new Person(id, new PersonName(given, "", "", "", family, "", "", NamingConvention.B), email, null, "",
                Map.of(), List.of());
    }

    final Person leaver = named("100235", "Piet", "Smit", "piet@example.com");
    final Person manager = named("100001", "Jan", "Vries", "jan@example.com");

    @Test
    void aMessageNamesTheManagerAndTheCallersValues() {
        Template t = Template.parse("subject", "{action.verb|upper}: {person.displayName} ({account.name}), for {manager.displayName} <{manager.email}>", MORE);

        assertThat(t.render(new Values(leaver, null, manager, Map.of("action.verb", "disable", "account.name", "piet.smit"))))
                .isEqualTo("DISABLE: Piet Smit (piet.smit), for Jan Vries <jan@example.com>");
    }

    @Test
    void withoutAManagerOrAValueTheirPlaceholdersAreEmpty() {
        Template t = Template.parse("to[0]", "{manager.email}{account.name}", MORE);

        assertThat(t.render(new Values(leaver, null, null, Map.of()))).isEmpty();
        assertThat(t.render(new Values(leaver, null))).isEmpty();
    }

    @Test
    void attributeTemplatesDoNotKnowTheMessageValues() {
        assertThatThrownBy(() -> Template.parse("targets.ad.attributes.info", "{manager.email}"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("targets.ad.attributes.info: unknown value 'manager.email'");
        assertThatThrownBy(() -> Template.parse("subject", "{action.when}", MORE))
                .hasMessageStartingWith("subject: unknown value 'action.when'; known values are [person.id,")
                .hasMessageContaining("manager.email", "account.name, action.verb]");
        assertThatThrownBy(() -> Template.parse("subject", "{manager.title}", MORE))
                .as("a manager's contract is not among the values").hasMessageContaining("unknown value 'manager.title'");
    }
}
