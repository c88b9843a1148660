package fixtures.platform;

import javacard.framework.APDU; // expect: platform.constrained
import javacard.framework.Applet;
import javacard.framework.ISO7816;

/** A Java Card applet: kilobytes of memory and no garbage collector to speak of. */
public class WalletApplet extends Applet { // expect: platform.constrained

    private short balance;

    public static void install(byte[] parameters, short offset, byte length) {
        new WalletApplet().register();
    }

    public void process(APDU apdu) {
        byte[] buffer = apdu.getBuffer();
        if (buffer[ISO7816.OFFSET_INS] == 0x50) {
            balance++;
        }
    }
}
