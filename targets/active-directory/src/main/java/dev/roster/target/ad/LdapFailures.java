package dev.roster.target.ad;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import dev.roster.model.TargetException;
import java.security.cert.CertificateException;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Turns LDAP failures into {@link TargetException}s that say whether a retry can help. */
final class LdapFailures {
    /** Result codes after which the same request may succeed later unchanged. */
    private static final Set<ResultCode> RETRYABLE = Set.of(ResultCode.BUSY,
            ResultCode.UNAVAILABLE, ResultCode.TIMEOUT, ResultCode.TIME_LIMIT_EXCEEDED,
            ResultCode.SERVER_DOWN, ResultCode.CONNECT_ERROR);

    private LdapFailures() {
    }

    /**
     * @return true for busy, unavailable, time-outs and lost or failed connections; false for
     *         everything about the request itself (constraint and schema violations, existing
     *         or missing entries, access rights, invalid credentials, ...)
     */
    static boolean retryable(ResultCode code) {
        return RETRYABLE.contains(code)
                || !ResultCode.isConnectionUsable(code) && ResultCode.isClientSideResultCode(code);
    }

    /**
     * @param target    the target's name
     * @param operation what was attempted, e.g. "update account"
     * @param subject   the account, group or DN concerned
     */
    static TargetException of(String target, String operation, String subject, LDAPException e) {
        ResultCode code = e.getResultCode();
        String diagnostic = e.getDiagnosticMessage() != null ? e.getDiagnosticMessage()
                : e.getMessage();
        String message = target + ": " + operation + " " + subject + " failed: " + code.getName()
                + " (" + code.intValue() + ")"
                + (diagnostic == null || diagnostic.isBlank() ? "" : ": " + diagnostic.strip());
        return new TargetException(message, retryable(code) && !untrusted(e), e);
    }

    /**
     * @return whether the failure is TLS refusing the server (an untrusted certificate chain, a
     *         certificate for another host), which retrying cannot fix; the SDK reports both as
     *         connect errors
     */
    static boolean untrusted(LDAPException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLHandshakeException || t instanceof SSLPeerUnverifiedException
                    || t instanceof CertificateException || t.getMessage() != null
                            && t.getMessage().contains("Hostname verification failed")) {
                return true;
            }
        }
        return false;
    }

    /** A failure that retrying cannot fix. */
    static TargetException terminal(String target, String operation, String subject,
            String problem) {
        return new TargetException(target + ": " + operation + " " + subject + ": " + problem,
                false);
    }
}
