package dev.roster.sim.ad;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The standard LDAP schema plus the Active Directory classes and attributes Roster uses. */
final class AdSchema {
    private static final String RESOURCE = "ad-schema.ldif";

    private AdSchema() {
    }

    /**
     * @return a new schema: the UnboundID default standard schema merged with
     *         {@code ad-schema.ldif}, whose definitions win where both define an element
     * @throws IllegalStateException when the resource is missing or malformed (a build fault)
     */
    static Schema load() {
        try (InputStream in = AdSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing");
            }
            Entry entry;
            try (LDIFReader reader = new LDIFReader(in)) {
                entry = reader.readEntry();
            }
            return Schema.mergeSchemas(Schema.getDefaultStandardSchema(), new Schema(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("invalid " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
