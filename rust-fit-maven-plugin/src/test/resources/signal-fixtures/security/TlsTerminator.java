package fixtures.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.JWTVerifier;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.X509TrustManager;

/** TLS terminated in the service, and bearer tokens checked by hand. */
final class TlsTerminator {

    private final SSLEngine engine;
    private final JWTVerifier verifier;
    private final byte[] apiKey;

    TlsTerminator(byte[] secret, byte[] apiKey) throws Exception {
        SSLContext context = SSLContext.getInstance("TLSv1.3"); // expect: security.tls
        context.init(null, null, null);
        this.engine = context.createSSLEngine(); // expect: security.tls
        this.engine.setUseClientMode(false);
        this.verifier = JWT.require(Algorithm.HMAC256(secret)).withIssuer("edge").build(); // expect: security.token-verification
        this.apiKey = apiKey;
    }

    SSLEngineResult decrypt(ByteBuffer network, ByteBuffer application) throws Exception {
        return engine.unwrap(network, application); // expect: security.tls
    }

    String subject(String token) {
        return verifier.verify(token).getSubject(); // expect: security.token-verification
    }

    boolean apiKeyMatches(String presented) {
        return MessageDigest.isEqual(apiKey, presented.getBytes(StandardCharsets.UTF_8)); // expect: security.token-verification
    }

    // near-miss: comparing a user name is not verifying a credential
    boolean sameUser(String a, String b) {
        return a.equals(b);
    }

    /** A trust manager written by hand decides which peers are trusted. */
    static final class PinningTrustManager implements X509TrustManager { // expect: security.tls
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
