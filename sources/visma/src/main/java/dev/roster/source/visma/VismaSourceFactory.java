package dev.roster.source.visma;

import dev.roster.model.Secrets;
import dev.roster.model.Source;
import dev.roster.model.SourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Creates {@code type: visma} sources: Visma.net HRM (NL) through its export API.
 *
 * <p>Settings: {@code tenantId}, {@code clientId}, {@code clientSecret} (a secret reference such as
 * {@code env:VISMA_SECRET}) are required; {@code tokenUrl} (default
 * {@code https://connect.visma.com/connect/token}), {@code apiUrl} (default
 * {@code https://api.analytics1.hrm.visma.net}), {@code contactInformation} (false),
 * {@code missingContactScope} ({@code fail} or {@code warn}: what a token without the contact
 * scope does when {@code contactInformation} is true; default {@code fail}),
 * {@code contractWindowDays} (90), {@code pollIntervalMillis} (1000),
 * {@code pollTimeoutSeconds} (600) and {@code excludePersonsWithoutContracts} (true) are optional.
 * Unknown settings are logged as a warning and ignored.
 *
 * <p>Derived fields the source adds (see {@code Joins} and {@code CustomFields}): on records
 * {@code udf.<field>}, {@code udf.<field>.listname}, {@code udf.<field>.history}; on contracts
 * the same for contract custom fields, plus {@code manager.employeeid}, {@code costcenter.code},
 * {@code orgunit.name}, {@code orgunit.parentid} and {@code orgunit.manager.employeeid}.
 */
public final class VismaSourceFactory implements SourceFactory {

    private static final Logger LOG = LoggerFactory.getLogger(VismaSourceFactory.class);

    @Override
    public String type() {
        return "visma";
    }

    /**
     * The {@code fields} parameter a visma source sends with the command of the export named
     * {@code exportName} (such as {@code contracts}), or null when it asks for every column.
     *
     * @throws IllegalArgumentException for a name that is not one of the seven exports
     */
    public static String fieldsAsked(String exportName) {
        for (VismaExport export : VismaExport.values()) {
            if (export.exportName().equals(exportName)) {
                return export.fields();
            }
        }
        throw new IllegalArgumentException("no Visma export " + exportName);
    }

    /**
     * @throws dev.roster.model.ConfigException naming the setting when the settings are invalid
     */
    @Override
    public Source create(String name, Map<String, Object> settings, Secrets secrets) {
        Objects.requireNonNull(name, "name");
        for (String key : settings.keySet()) {
            if (!VismaSettings.KNOWN.contains(key)) {
                LOG.warn("sources.{}.{} is not a setting of a visma source; ignored", name, key);
            }
        }
        VismaSettings parsed = VismaSettings.parse(name, settings, secrets);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return new VismaSource(parsed, http);
    }
}
