package dev.roster.target.ad;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import dev.roster.model.TargetException;
import org.junit.jupiter.api.Test;

class LdapFailuresTest {

    @Test
    void transientFaultsAreRetryable() {
        for (ResultCode code : new ResultCode[] {ResultCode.BUSY, ResultCode.UNAVAILABLE,
            ResultCode.TIMEOUT, ResultCode.SERVER_DOWN, ResultCode.CONNECT_ERROR,
            ResultCode.TIME_LIMIT_EXCEEDED}) {
            assertThat(LdapFailures.retryable(code)).as(code.getName()).isTrue();
        }
    }

    @Test
    void requestFaultsAreTerminal() {
        for (ResultCode code : new ResultCode[] {ResultCode.CONSTRAINT_VIOLATION,
            ResultCode.ENTRY_ALREADY_EXISTS, ResultCode.INSUFFICIENT_ACCESS_RIGHTS,
            ResultCode.NO_SUCH_OBJECT, ResultCode.INVALID_CREDENTIALS,
            ResultCode.OBJECT_CLASS_VIOLATION, ResultCode.UNWILLING_TO_PERFORM,
            ResultCode.INVALID_DN_SYNTAX, ResultCode.OTHER, ResultCode.FILTER_ERROR}) {
            assertThat(LdapFailures.retryable(code)).as(code.getName()).isFalse();
        }
    }

    @Test
    void theMessageNamesOperationSubjectCodeAndDiagnostic() {
        TargetException e = LdapFailures.of("ad", "update account", "0a1b (CN=X,DC=t)",
                new LDAPException(ResultCode.CONSTRAINT_VIOLATION, "0000052D: too short"));
        assertThat(e.getMessage()).isEqualTo("ad: update account 0a1b (CN=X,DC=t) failed: "
                + "constraint violation (19): 0000052D: too short");
        assertThat(e.retryable()).isFalse();
    }
}
