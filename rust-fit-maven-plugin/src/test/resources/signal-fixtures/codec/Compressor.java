package fixtures.codec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Cipher;
import javax.crypto.Mac;

/** Compression, checksums and cryptographic transforms over payloads. */
final class Compressor {

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED); // expect: codec.compression
    private final Checksum crc = new CRC32C(); // expect: codec.checksums

    byte[] deflate(byte[] input) {
        deflater.reset();
        deflater.setInput(input);
        deflater.finish();
        byte[] out = new byte[input.length + 64];
        int written = deflater.deflate(out); // expect: codec.compression
        crc.update(out, 0, written); // expect: codec.checksums
        return java.util.Arrays.copyOf(out, written);
    }

    byte[] gzip(byte[] input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) { // expect: codec.compression
            out.write(input);
        }
        return bytes.toByteArray();
    }

    byte[] seal(byte[] plain, javax.crypto.SecretKey key) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding"); // expect: codec.crypto
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(plain); // expect: codec.crypto
    }

    byte[] tag(byte[] data, javax.crypto.SecretKey key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256"); // expect: codec.crypto
        mac.init(key);
        return mac.doFinal(data); // expect: codec.crypto
    }

    byte[] fingerprint(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data); // expect: codec.crypto
    }

    // near-miss: a checksum value read back is not another checksum
    long value() {
        return crc.getValue();
    }
}
