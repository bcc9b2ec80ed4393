package dev.roster.mapping;

import dev.roster.model.SourceContract;
import dev.roster.model.SourceRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Source records of a small Dutch organisation, as the Visma source delivers them. */
final class Fixtures {
    private Fixtures() {
    }

    /** Jan de Vries - Bakker, one open-ended contract starting on {@code startDate}. */
    static SourceRecord jan(String startDate) {
        return new SourceRecord("100235", janFields(), List.of(janContract(startDate)));
    }

    static Map<String, String> janFields() {
        Map<String, String> f = new HashMap<>(Map.of(
                "firstname", "Johannes Petrus", "nickname", "Jan", "initials", "J.P.",
                "prefixbirthname", "de", "birthname", "Vries", "partnername", "Bakker",
                "nameusage", "Eig./Part.", "businessemailaddress", "jan.devries@example.nl",
                "dateofbirth", "1984-06-21", "companyname", "Zorggroep Voorbeeld B.V."));
        f.put("udf.Personeelsnummer", "P-4711");
        f.put("bankaccount", "NL91ABNA0417164300");
        return f;
    }

    static SourceContract janContract(String startDate) {
        return new SourceContract("100235-1-1", Map.of("startdate", startDate, "enddate", "",
                "orgunit", "OE-210", "orgunit.name", "Wijkteam Noord",
                "functionname", "Senior verpleegkundige", "manager.employeeid", "100100",
                "costcenter.code", "4100", "weekhoursfixed", "32.00", "udf.Locatie", "Noord",
                "salaryscale", "FWG 45"));
    }

    /** Anna Jansen, no contracts. */
    static SourceRecord anna() {
        return new SourceRecord("100100", Map.of("firstname", "Anna", "birthname", "Jansen"), List.of());
    }
}
